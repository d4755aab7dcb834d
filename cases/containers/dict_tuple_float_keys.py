# Tuple and float keys: lookups, order, get with default, setdefault.
d = {}
d[(1, 2)] = 'a'
d[(2, 1)] = 'b'
d[1.5] = 'c'
d[(1, (2, 3))] = 'd'
print d
print d[(1, 2)], d.get((3, 3)), d.get((3, 3), 'none'), d[1.5]
print d.setdefault(2.25, 'e'), d.setdefault(1.5, 'f')
print sorted(d.keys())
