# ROT_FOUR via augmented slice assignment `a[i:j] += x`, plus the +0/+1/+2 forms.
a = [1, 2, 3, 4]
a[1:3] += ['x']
print a
a[:] += [0]
print a
a[2:] *= 2
print a
a[:1] += (7,)
print a
s = ['abc']
i, j = 0, 1
s[i:j] += ['d']
print s
