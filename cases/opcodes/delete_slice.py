# DELETE_SLICE+0..3 on a list: tail, head, middle and everything.
a = range(10)
del a[7:]
print a
del a[:2]
print a
del a[1:3]
print a
del a[:]
print a
