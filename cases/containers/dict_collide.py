# Colliding hashes: -1 and -2 hash alike, 0/0.0/False are one key, 1/1.0/True are one key.
d = {-1: 'm1', -2: 'm2'}
print hash(-1), hash(-2), d
d = {0: 'int'}
d[0.0] = 'float'
d[False] = 'bool'
print d, len(d)
d = {True: 'a', 1.0: 'b', 1: 'c'}
print d
s = set([0, 0.0, False, 1, True])
print s, len(s)
