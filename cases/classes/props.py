class P(object):
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        print 'get x'
        return self._x
    @x.setter
    def x(self, v):
        print 'set x', v
        self._x = v
    @x.deleter
    def x(self):
        print 'del x'
        del self._x
    def _get_y(self):
        return 'y'
    y = property(_get_y)
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls, n):
        return cls.__name__ * n

p = P()
p.x = 5
print p.x
del p.x
print p.y
try:
    p.y = 1
except AttributeError as e:
    print e
try:
    del p.y
except AttributeError as e:
    print e
print P.s(1, 2), p.s(3, 4), P.c(2), p.c(3)
print P.c
print type(P.__dict__['s']), type(P.__dict__['c']), type(P.__dict__['x'])
class Q(P):
    pass
print Q.c(1)
