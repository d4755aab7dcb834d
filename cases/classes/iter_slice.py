class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print list(Countdown(3))
for i in Countdown(2):
    print 'tick', i
print sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5))
it = iter(Countdown(2))
print next(it), next(it), next(it, 'done')

class Sliceable(object):
    def __getslice__(self, i, j):
        print 'getslice', i, j
        return (i, j)
    def __getitem__(self, k):
        print 'getitem', k
        return k
    def __setslice__(self, i, j, v):
        print 'setslice', i, j, v
    def __delslice__(self, i, j):
        print 'delslice', i, j
s = Sliceable()
print s[1:2], s[3], s[::2]
s[0:4] = 'abc'
del s[1:3]

class OnlyItem(object):
    def __getitem__(self, k):
        return k
o = OnlyItem()
print o[1:5], o[:], o[1:2:3]

class BadIter(object):
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print e

class Meta(type):
    def __call__(cls, *a):
        print 'Meta.__call__', cls.__name__, a
        return type.__call__(cls, *a)
class Single(object):
    __metaclass__ = Meta
    def __init__(self, x):
        self.x = x
print Single(3).x

class Base(object):
    @classmethod
    def create(cls):
        return 'Base.create for ' + cls.__name__
class Derived(Base):
    @classmethod
    def create(cls):
        return 'Derived>' + super(Derived, cls).create()
print Derived.create()
