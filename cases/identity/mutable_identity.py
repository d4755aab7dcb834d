# Mutable containers: copies are new objects, aliases see updates, [x] * n shares x.
a = [[0]] * 3
a[0].append(1)
print a, a[0] is a[2]
b = [[0] for _ in range(3)]
b[0].append(1)
print b, b[0] is b[2]
c = a[:]
print c == a, c is a, c[0] is a[0]
d = dict(k=[1])
e = d.copy()
e['k'].append(2)
print d, d is e
t = (a,)
print t[0] is a, list(t) is t
