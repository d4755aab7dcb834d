# deque: argument errors and messages, items whose __eq__ runs Python code (count, remove,
# in, comparisons), rotation, self-extension, and mutation during iteration and remove.
from _collections import deque, defaultdict

class Noisy(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print 'eq', self.v, other
        return self.v == other
    def __repr__(self):
        return 'N%d' % self.v

d = deque([Noisy(1), Noisy(2), Noisy(3)])
print d.count(2)
d.remove(2)
print d
print 3 in d
print deque([Noisy(1)]) == deque([1]), deque([1]) == deque([Noisy(1)])
print deque([Noisy(1), 5]) < deque([Noisy(1), 6])

def tryit(f):
    try:
        r = f()
        print 'ok', r
    except Exception as e:
        print type(e).__name__, e

tryit(lambda: deque(1))
tryit(lambda: deque([], 'x'))
tryit(lambda: deque([], 2.7))
tryit(lambda: deque([], maxlen=None))
tryit(lambda: deque(iterable=[1], maxlen=1))
tryit(lambda: deque([], 1, 2))
tryit(lambda: deque(foo=1))
tryit(lambda: deque().rotate('x'))
tryit(lambda: deque().rotate(1, 2))
tryit(lambda: deque([1]).rotate(1.5))
tryit(lambda: deque([1])['a'])
tryit(lambda: deque([1])[1:2])
tryit(lambda: deque([1])[-2])
tryit(lambda: deque([1])[10**30])
tryit(lambda: deque([1]) + deque([2]))
tryit(lambda: deque([1]) * 2)
tryit(lambda: deque([1]).append())
tryit(lambda: deque([1]).pop(0))
tryit(lambda: deque.append(1, 2))
tryit(lambda: deque().remove(1))
tryit(lambda: deque() < [])
tryit(lambda: deque() == [])
tryit(lambda: cmp(deque([1]), deque([2])))
tryit(lambda: len(deque('abc')))
tryit(lambda: sorted(deque([3, 1, 2])))
tryit(lambda: deque('ab').__reduce__())
tryit(lambda: deque.__new__(deque))
tryit(lambda: deque.__new__(int))
tryit(lambda: deque.__new__(1))
tryit(lambda: object.__new__(deque))
tryit(lambda: type(iter(deque()))())
tryit(lambda: list(iter(deque([1, 2]))))
tryit(lambda: iter(deque([1])).next())
tryit(lambda: deque([1, 2, 3]).maxlen)

def setml():
    x = deque()
    x.maxlen = 3
tryit(setml)
def setattr_():
    x = deque()
    x.foo = 3
tryit(setattr_)
def delitem():
    x = deque([1, 2, 3])
    del x[5]
tryit(delitem)
def delitem2():
    x = deque([1, 2, 3])
    del x['a']
tryit(delitem2)
def setitem():
    x = deque([1, 2, 3])
    x[-1] = 9
    x[-4] = 9
tryit(setitem)

x = deque()
x.extend(x)
y = deque([1, 2])
y.extend(y); print y
y.extendleft(y); print y
y += y; print y
z = deque([1, 2, 3], maxlen=0)
z.append(1); z.extend(iter([1, 2])); print z
print repr(deque([deque([1])]))
print deque([[1, 2], (3,), {'a': 1}])
print deque([u'x', 'y', 1.5, None])
r = deque(range(5))
r.rotate(7); print r
r.rotate(-12); print r
r.rotate(0); print r
print deque(xrange(100))[50], deque(xrange(100))[-50]
def mut():
    q = deque([1, 2, 3])
    for v in q:
        q.append(v)
tryit(mut)
def mut_rev():
    q = deque([1, 2, 3])
    for v in reversed(q):
        q.pop()
tryit(mut_rev)

class M(object):
    def __init__(self, q):
        self.q = q
    def __eq__(self, o):
        self.q.append(0)
        return False
q = deque()
q.extend([M(q), M(q)])
tryit(lambda: q.count(1))
q2 = deque()
q2.extend([M(q2), 1, 2])
tryit(lambda: q2.remove(2))
print len(q2)
