# Reflected operators (__radd__, __rmul__) and NotImplemented leading to TypeError.
class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __rmul__(self, k):
        return Money(self.cents * k)
print (Money(5) + 3).cents, (3 + Money(5)).cents, (4 * Money(2)).cents
print sum([1, 2], Money(10)).cents
try:
    Money(1) + 'x'
except TypeError as e:
    print 'TypeError:', e
