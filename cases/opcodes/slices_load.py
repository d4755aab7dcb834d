# SLICE+0..3 on lists, strings and tuples, with out-of-range and negative bounds.
a = [0, 1, 2, 3, 4, 5]
print a[:], a[2:], a[:3], a[1:4]
s = 'abcdef'
print s[:], s[-2:], s[:-2], s[-5:-1], repr(s[4:2])
t = (1, 2, 3)
print t[:], t[1:], t[:99], t[-99:1]
print a[None:2], a[3:None]
