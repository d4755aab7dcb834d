# deque: construction, every method, maxlen trimming, indexing, repr and print, iterators,
# comparison, hashing and a mutation seen by an iterator.
from _collections import deque, defaultdict
d = deque([1, 2, 3])
print d
print repr(d), len(d), bool(d), bool(deque())
d.append(4); d.appendleft(0)
print d, d[0], d[-1]
d.rotate(2); print d
d.rotate(-3); print d
d.reverse(); print d
print d.pop(), d.popleft(), d
d.extend([7, 8]); d.extendleft('ab'); print d
print d.count(7), 7 in d, 99 in d
d.remove('a'); print d
try:
    d.remove(99)
except ValueError as e:
    print e
m = deque(range(10), maxlen=3)
print m, m.maxlen
m.append(10); print m
m.appendleft(-1); print m
print repr(m)
try:
    deque(maxlen=-1)
except ValueError as e:
    print e
try:
    deque().pop()
except IndexError as e:
    print e
try:
    d[100]
except IndexError as e:
    print e
d[0] = 'z'; del d[1]; print d
print list(reversed(d)), iter(d), reversed(d)
print d == deque(d), d != deque(d), d < deque([]), deque([1,2]) < deque([1,3])
c = d.__copy__(); print c, c is d
d.clear(); print d
x = deque(); x.append(x); print x, repr(x)
try:
    hash(deque())
except TypeError as e:
    print e
it = iter(m); m.append(5)
try:
    next(it)
except RuntimeError as e:
    print e
dd = defaultdict(list)
dd['a'].append(1)
print dd, repr(dd), dd['a'], dd.default_factory
print dd.copy(), dd.__reduce__()
e = defaultdict()
try:
    e['x']
except KeyError as ex:
    print repr(ex)
try:
    defaultdict(1)
except TypeError as ex:
    print ex
f = defaultdict(None, {1: 2}, y=3)
print f, isinstance(f, dict), type(f)
dd.default_factory = int
dd['n'] += 1
print dd
class Ring(deque):
    pass
r = Ring([1, 2], 5)
print r, type(r), r.maxlen, r.__copy__()
r.foo = 1
print r.foo
class Counter(defaultdict):
    def __repr__(self):
        return 'C' + dict.__repr__(self)
cc = Counter(int)
cc['x'] += 2
print cc, repr(cc), type(cc)
print deque.__reduce__(deque([1], 2))
d2 = deque('abc')
d2 += 'de'
print d2
