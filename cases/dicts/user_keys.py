# Dict and set keys of classes with __hash__ and __eq__: equal hashes make the table call
# the stored key's __eq__, which runs (and is traced) on lookup, store, delete and set ops.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

d = {Point(1, 2): 'a', Point(3, 4): 'b'}
print d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d, d.get(Point(3, 4))
d[Point(1, 2)] = 'c'
del d[Point(3, 4)]
print d
s = set([Point(1, 2), Point(1, 2), Point(2, 1)])
print len(s), Point(2, 1) in s
s.discard(Point(2, 1))
print s, s == set([Point(1, 2)]), s & set([Point(1, 2), Point(0, 0)])

class Noisy:
    """Every instance hashes alike, so every probe compares; old-style __eq__ too."""
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print 'eq', self.v, getattr(other, 'v', other)
        return self.v == getattr(other, 'v', None)

e = {Noisy(1): 1, Noisy(2): 2}
print e[Noisy(2)], 7 in e, e.pop(Noisy(1))

class Boom(object):
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('no comparing')

f = {1: 'one'}
try:
    f[Boom()]
except ValueError as exc:
    print 'ValueError:', exc
