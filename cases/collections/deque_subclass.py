# Python subclasses of deque: overridden methods, __init__ through deque.__init__, __copy__
# and __reduce__ of a subclass, instance attributes, __new__ checks.
from _collections import deque, defaultdict

def tryit(f):
    try:
        r = f()
        print 'ok', r
    except Exception as e:
        print type(e).__name__, e

class Ring(deque):
    def __init__(self, items, size):
        print 'Ring.__init__', items, size
        deque.__init__(self, items, size)
    def append(self, x):
        print 'Ring.append', x
        deque.append(self, x)
    def __repr__(self):
        return 'Ring(%s)' % list(self)

r = Ring([1, 2, 3], 3)
r.append(4)
print r, len(r), r[0], list(reversed(r)), r.maxlen
r.extend([5])
print r
print repr(r)
tryit(lambda: r.__copy__())
r.tag = 'x'
print r.__dict__, r.__reduce__()[2]
print isinstance(r, deque), issubclass(Ring, deque), Ring.__mro__
tryit(lambda: hash(r))
print r == deque([3, 4, 5]), deque([3, 4, 5]) == r

class Plain(deque):
    pass
p = Plain('abc')
print p, type(p), p.__copy__(), type(p.__copy__())
p += 'd'
print p, p.pop(), p.__reduce__()
tryit(lambda: Plain.__new__(Plain, 1, 2, 3))
tryit(lambda: deque.__new__(Plain))
tryit(lambda: object.__new__(Plain))
tryit(lambda: dict.__new__(defaultdict))

class Lst(deque):
    def __iter__(self):
        print 'custom iter'
        return iter([9, 9])
l = Lst([1])
print list(l), l

