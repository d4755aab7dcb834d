# Dict iteration order for int keys, including keys that collide and a resize.
d = {}
for k in [5, 13, 21, 1, 9, 100, 37, -3]:
    d[k] = k * 2
print d
print d.keys()
del d[13]
d[29] = 0
print d.items()
for k in range(40, 46):
    d[k] = None
print d.keys()
