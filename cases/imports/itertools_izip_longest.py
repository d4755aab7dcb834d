# itertools.izip_longest: fill values, the fillvalue keyword and its one message, iterators dropped once exhausted, the end for good.
from itertools import izip_longest, count, islice

print list(izip_longest('abc', 'xy')), list(izip_longest('ab', [1, 2, 3, 4], fillvalue=0))
print list(izip_longest()), list(izip_longest([])), list(izip_longest('a')), list(izip_longest([], []))
print list(izip_longest('abc', fillvalue='-')), list(islice(izip_longest(count(), 'ab'), 4))
for f in [lambda: izip_longest('a', x=1), lambda: izip_longest('a', fillvalue=1, x=2),
          lambda: izip_longest(fill=None), lambda: izip_longest('a', 5), lambda: izip_longest(5),
          lambda: izip_longest('a', **{'fillvalue': 0, 'fill': 1})]:
    try:
        print list(f())
    except TypeError as e:
        print 'TypeError:', e

def gen(name, n):
    try:
        for i in range(n):
            print name, 'yields', i
            yield i
        print name, 'ends'
    finally:
        print name, 'finalized'

z = izip_longest(gen('a', 1), gen('b', 3), fillvalue='*')
for pair in z:
    print pair
print 'after loop'
print list(z)
del z
print 'deleted'

class Noisy(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print 'freed', self.n

def noisy(n):
    for i in range(n):
        yield Noisy(i)

z = izip_longest(noisy(3), 'xyz')
print z.next()[1]
print z.next()[1]
for a, b in z:
    print 'got', b
print 'loop done'
del a, z
print 'deleted'

def failing():
    yield 1
    raise ValueError('boom')
z = izip_longest(failing(), 'abc')
print z.next()
try:
    z.next()
except ValueError as e:
    print 'ValueError', e
print list(z)

class Iter(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print list(izip_longest(Iter(2), Iter(4), Iter(1), fillvalue=None))
print type(izip_longest()).__name__, repr(izip_longest())[:26]
