# Subclassing dict with __missing__ and an overridden __setitem__.
class Defaulting(dict):
    def __missing__(self, key):
        return 'no ' + key
class Upper(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
d = Defaulting(a=1)
print d['a'], d['b'], d.get('b'), 'b' in d
u = Upper()
u['x'] = 1
u.update(y=2)
print sorted(u.items()), isinstance(u, dict)
