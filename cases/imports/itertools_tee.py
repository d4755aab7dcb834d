# itertools.tee: its argument checks, n == 0 reading nothing, an iterator with __copy__ used as it is, tee objects and their copies, items freed block by block, re-entry refused.
import itertools
from itertools import tee, islice, count

for f in [lambda: tee(), lambda: tee([], 2, 3), lambda: tee([], 2.0), lambda: tee(5, -1),
          lambda: tee([], x=1), lambda: tee(5)]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__ + ':', e
print tee(5, 0), tee('ab', 1)[0].next()
a, b, c = tee('abc', 3)
print a.next(), list(b), list(a), c.next(), list(c)
print type(a).__name__, type(a), [n for n in dir(a) if not n.startswith('__') or n in ('__copy__', '__iter__')]
d = a.__copy__()
print list(d), list(type(a)('xy')), iter(d) is d, d.__iter__() is d, type(d).__iter__
a, b = tee(iter('pqrs'))
a.next()
a2, a3 = tee(a)
print type(a2) is type(a), list(a2), list(a3), list(b)
e = type(a)(b)
print list(e)
try:
    type(a)()
except TypeError as err:
    print 'TypeError:', err

class Copyable(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print '__iter__'
        return self
    def next(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __copy__(self):
        print '__copy__'
        return Copyable(self.n)
x, y, z = tee(Copyable(2), 3)
print type(x).__name__, list(x), list(y), list(z)

class Plain(object):
    def __iter__(self):
        print 'Plain.__iter__'
        return self
    def next(self):
        raise StopIteration
    def __getattr__(self, name):
        print 'getattr', name
        raise AttributeError(name)
print [list(t) for t in tee(Plain())]

class Noisy(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        if self.n % 20 == 0:
            print 'freed', self.n

def noisy():
    for i in range(130):
        yield Noisy(i)
lead, lag = tee(noisy())
print len(list(lead)), 'lead done'
for i in range(60):
    lag.next()
print 'lag at 60'
for i in range(60):
    lag.next()
print 'lag at 120'
del lead, lag
print 'dropped'

def reenter():
    yield 1
    yield t1.next()
t1, t2 = tee(reenter())
print t1.next()
try:
    t1.next()
except RuntimeError as err:
    print 'RuntimeError:', err
a, b = tee(count())
print list(islice(a, 200))[-1], b.next()
print 'tee' in dir(itertools), '_tee' in dir(itertools), '_grouper' in dir(itertools)
