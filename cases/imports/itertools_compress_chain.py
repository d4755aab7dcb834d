# itertools.compress (data before selector, each selector's truth) and chain.from_iterable (lazy; a failed source ends the chain).
from itertools import compress, chain, count, islice

print list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1, 1, 1, 1, 1]))
print list(compress('abcdef', [0, 1])), list(compress([], count())), list(compress(count(), [0, 0, 1]))
print list(compress(data='abc', selectors=[0, 1, 1]))
for f in [lambda: compress('abc'), lambda: compress(), lambda: compress('a', [1], 3),
          lambda: compress('a', x=[1]), lambda: compress(5, [1]), lambda: compress('a', 5),
          lambda: compress('a', [1], selectors=[1])]:
    try:
        print list(f())
    except TypeError as e:
        print 'TypeError:', e

class Sel(object):
    def __init__(self, v):
        self.v = v
    def __nonzero__(self):
        print 'truth of', self.v
        return self.v

def data():
    for c in 'xyz':
        print 'datum', c
        yield c
print list(compress(data(), [Sel(True), Sel(False)]))

class Bad(object):
    def __nonzero__(self):
        raise ValueError('no truth')
c = compress('ab', [Bad(), 1])
try:
    c.next()
except ValueError as e:
    print 'ValueError', e
print list(c)

def sources():
    for i in range(3):
        print 'source', i
        yield range(i)
c = chain.from_iterable(sources())
print 'made'
print c.next(), c.next()
print list(c), list(c)
print list(chain.from_iterable(['ab', (), 'c'])), list(chain.from_iterable([]))
print list(islice(chain.from_iterable(count()), 0)), type(chain.from_iterable('')).__name__
for f in [lambda: chain.from_iterable(5), lambda: chain.from_iterable(), lambda: chain(x=1),
          lambda: chain.from_iterable('a', 'b'), lambda: chain.from_iterable(iterable='a')]:
    try:
        print list(f())
    except TypeError as e:
        print 'TypeError:', e
c = chain.from_iterable(['ab', 5, 'cd'])
print c.next(), c.next()
try:
    c.next()
except TypeError as e:
    print 'TypeError:', e
print list(c)
c = chain([1], 2, [3])
print c.next()
try:
    c.next()
except TypeError as e:
    print 'TypeError:', e
print list(c)
print chain.from_iterable('ab').__class__ is chain
print repr(chain.__dict__['from_iterable'])
