# DUP_TOPX via augmented subscript assignment, and DUP_TOP via augmented attribute.
d = {'k': 1}
d['k'] += 5
d['k'] *= 2
print d
L = [1, 2, 3]
L[-1] -= 10
L[0] **= 3
print L
m = [[1, 2], [3, 4]]
m[1][0] += 100
print m
try:
    d['missing'] += 1
except KeyError as e:
    print 'KeyError', e
