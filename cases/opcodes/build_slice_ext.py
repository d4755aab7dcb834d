# BUILD_SLICE with two and three operands, and slice objects used explicitly.
a = range(10)
print a[::3], a[1:8:2], a[::-2], a[8:1:-3]
s = slice(1, None, 2)
print a[s], s, s.start, s.stop, s.step
print 'abcdef'[::-1], (1, 2, 3, 4)[::2]
a[::2] = 'abcde'
print a
try:
    a[::2] = [1]
except ValueError as e:
    print 'ValueError:', e
try:
    a[::0]
except ValueError as e:
    print 'ValueError:', e
del a[::3]
print a
