# Slice assignment and deletion: growing, shrinking, extended slices and their size error.
a = range(8)
a[2:4] = ['a', 'b', 'c']
print a
a[:1] = []
print a
a[5:] = 'xy'
print a
a[::2] = [0, 0, 0, 0]
print a
del a[1::3]
print a
try:
    a[::2] = [1]
except ValueError as e:
    print 'ValueError:', e
b = [1, 2, 3]
b[1:1] = b
print b
