# izip and izip_longest refill their last result tuple when nothing else holds it, releasing each old item as its replacement is read; a step run from inside a step builds its own tuple.
from itertools import izip, izip_longest

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        print 'freed', self.name

def noisy(prefix, n):
    for i in range(n):
        print 'make', prefix, i
        yield Noisy('%s%d' % (prefix, i))

for make in [izip, izip_longest]:
    print make.__name__
    z = make(noisy('a', 3), noisy('b', 3))
    z.next()
    print 'first dropped'
    z.next()
    print 'second dropped'
    kept = z.next()
    print 'kept', kept
    print list(z)
    del z
    print 'iterator dropped'
    del kept
    print 'kept dropped'

class Reentrant(object):
    def __init__(self):
        self.outer = None
        self.n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        if self.n == 2:
            print 'inner', self.outer.next()
        return self.n

for make in [izip, izip_longest]:
    r = Reentrant()
    z = make(r, 'abcdef')
    r.outer = z
    print [t for t in z]
