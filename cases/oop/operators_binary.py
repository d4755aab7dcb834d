# Binary operator overloading on a vector class: +, -, *, and NotImplemented fallbacks.
class Vec(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def show(self):
        return 'Vec(%d, %d)' % (self.x, self.y)
a = Vec(1, 2)
b = Vec(3, 5)
print (a + b).show(), (b - a).show(), (a * 3).show(), a * b, (-a).show()
try:
    a + 1
except AttributeError as e:
    print 'AttributeError:', e
