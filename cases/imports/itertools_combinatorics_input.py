# The combinatoric iterators read their input in full when made (a generator runs to its end, a Python-defined __len__ is asked for a length hint), each argument in order.
from itertools import product, permutations, combinations, combinations_with_replacement

def gen(name, n):
    print 'start', name
    for i in range(n):
        print name, 'yields', i
        yield i
    print 'end', name

class Sized(object):
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print '__iter__'
        return iter(self.items)
    def __len__(self):
        print '__len__'
        return len(self.items)

class Old:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print 'Old.__iter__'
        return iter(self.items)
    def __len__(self):
        print 'Old.__len__'
        return 99

class L(list):
    def __iter__(self):
        print 'L.__iter__'
        return list.__iter__(self)
    def __len__(self):
        print 'L.__len__'
        return 0

class T(tuple):
    def __iter__(self):
        print 'T.__iter__'
        return tuple.__iter__(self)

class BadLen(object):
    def __iter__(self):
        return iter('xy')
    def __len__(self):
        raise ValueError('no length')

class NoLen(object):
    def __iter__(self):
        return iter('xy')
    def __len__(self):
        raise TypeError('ignored')

p = product(gen('a', 2), gen('b', 2))
print 'made'
print list(p)
print list(product(gen('c', 2), repeat=2))
print list(product(gen('skipped', 2), repeat=0))
c = combinations(gen('d', 3), 2)
print 'made', list(c)
print list(permutations(gen('e', 3), 5))
print list(combinations_with_replacement(gen('f', 2), 2))
print list(product(Sized('ab'), Old('c')))
print list(permutations(Sized([1, 2])))
print list(combinations(L([1, 2, 3]), 2)), list(combinations(T((1, 2)), 1))
print list(product(NoLen()))
try:
    product(BadLen())
except ValueError as e:
    print 'ValueError', e

def failing():
    yield 1
    raise KeyError('inside')
for f in [lambda: product('ab', failing()), lambda: permutations(failing()),
          lambda: combinations(failing(), 1), lambda: combinations_with_replacement(failing(), 1)]:
    try:
        f()
    except KeyError as e:
        print 'KeyError', e
d = dict.fromkeys('ab')
print sorted(product(d, d.itervalues()))
print list(combinations(xrange(4), 3)), list(permutations(u'ab'))
