# DELETE_SLICE+0..3 on a list, plus deleting a slice of a string (an error).
a = range(10)
del a[7:]
print a
del a[:2]
print a
del a[1:3]
print a
del a[:]
print a
try:
    s = 'abc'
    del s[1:]
except TypeError as e:
    print 'TypeError:', e
