# defaultdict: factories and __missing__, a subclass with its own __missing__ and __repr__,
# default_factory set and deleted, the dict constructor arguments, repr and print (also
# self-referencing), copy and __reduce__.
from _collections import deque, defaultdict

def tryit(f):
    try:
        r = f()
        print 'ok', r
    except Exception as e:
        print type(e).__name__, e

class Counter(defaultdict):
    def __init__(self):
        defaultdict.__init__(self, int)
    def __missing__(self, key):
        print 'missing', key
        return defaultdict.__missing__(self, key)
c = Counter()
c['a'] += 1
c['a'] += 1
print c, c.default_factory, dict(c), len(c), c.keys()
tryit(lambda: c.copy())

class DD(defaultdict):
    pass
dd = DD(list, a=[1])
dd['b'].append(2)
print dd, type(dd), dd.copy(), type(dd.copy())
dd.x = 5
print dd.x, dd.__dict__

def fact():
    print 'factory called'
    return 42
f = defaultdict(fact)
print f['k'], f['k'], f.get('z'), 'z' in f, f.setdefault('q', 1)
print f
del f.default_factory
print f.default_factory
tryit(lambda: f['nope'])
print f
f.default_factory = list
print f.default_factory
tryit(lambda: defaultdict(list, 1))
tryit(lambda: defaultdict(list, [1]))
tryit(lambda: defaultdict(list, {}, {}))
g = defaultdict(list, [(1, 2)])
print g, g == {1: 2}, {1: 2} == g
tryit(lambda: hash(g))
print sorted(g.items()), g.pop(1), g
h = defaultdict(None)
h.default_factory = h
print repr(h)
h[1] = 2
pass
class R(object):
    def __call__(self):
        return 0
    def __repr__(self):
        return 'R()'
k = defaultdict(R())
print k, k['a'], k
print defaultdict(lambda: 1)
print defaultdict.__missing__
m = defaultdict(list)
m[1] = m
print m
print repr(m)
n = deque()
n.append(n)
print n
e = defaultdict.__new__(defaultdict)
print e, e.default_factory
e.__init__(list, x=1)
print e
e.__init__()
print e, e.default_factory
print defaultdict(int).__reduce__()
