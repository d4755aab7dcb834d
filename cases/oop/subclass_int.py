# Subclassing int: __new__ customization, arithmetic returning plain ints, and a __str__ override.
class Even(int):
    def __new__(cls, n):
        return int.__new__(cls, n - n % 2)
class Named(int):
    def __str__(self):
        return 'Named(%d)' % int(self)
e = Even(7)
print e, type(e).__name__, type(e + 1).__name__, e * 2, isinstance(e, int)
n = Named(5)
print repr(n), n + 1, [n], str(n), n
