# STORE_SLICE+0..3: slice assignment that grows, shrinks and replaces a list.
a = [0, 1, 2, 3, 4, 5]
a[:] = [9, 8, 7]
print a
a[1:] = 'xy'
print a
a[:1] = (5, 6, 7)
print a
a[2:4] = []
print a
a[10:20] = [1]
print a
a[-2:-1] = [None, None]
print a
try:
    a[1:2] = 5
except TypeError as e:
    print 'TypeError:', e
