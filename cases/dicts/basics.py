# Dict creation, lookup, get/setdefault/pop, update, len.
d = {'one': 1, 'two': 2, 'three': 3}
print d, len(d)
print d['two'], d.get('four'), d.get('four', 4), d.get('one', 0)
print d.setdefault('four', 4), d.setdefault('one', 100), d
print d.pop('two'), d.pop('missing', 'default'), d
d.update({'five': 5, 'one': 11})
d.update(six=6)
print d, len(d)
e = dict([('a', 1), ('b', 2)])
f = dict(x=1, y=2)
g = dict(zip('abc', range(3)))
print e, f, g, dict(), {}
print 'a' in e, 'z' in e, 'z' not in e, e.has_key('b')
print {1: 'int', 1.0: 'float', 2: 'two'}, {(1, 2): 'tuple', None: 'none'}
print dict.fromkeys(['p', 'q'], 0), d.copy() == d, d.popitem() is not None
try:
    print e['zzz']
except KeyError, k:
    print 'KeyError', k
