class V(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k * 10, self.y * k * 10)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x and self.y == other.y
    def __ne__(self, other):
        return not self == other
    def __str__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0: return self.x
        if i == 1: return self.y
        raise IndexError(i)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

a = V(1, 2)
b = V(3, 4)
print a + b, a - b, a * 3, 3 * a, -a
print str(a), repr(V)
print a == V(1, 2), a != b, a == 5
print len(a), list(a), a[1]
c = a
c += b
print c, a, c is a
for part in b:
    print part
x, y = b
print x, y
try:
    a / b
except TypeError as e:
    print e
print 2 in a, 9 in a
class R(object):
    def __repr__(me):
        return 'R!'
r = R()
print r, [r], repr(r)
