class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __contains__(self, x):
        print 'contains', x
        return x == 4
    def __nonzero__(self):
        return self.n > 1
    def __add__(self, other):
        return Seq(self.n + other)
    def __radd__(self, other):
        return Seq(self.n + other + 100)
    def __neg__(self):
        return Seq(-self.n)
    def __call__(self, *a):
        return a
    def __str__(self):
        return 'Seq(%d)' % self.n
    def __iter__(self):
        return iter(range(self.n))
    def __setitem__(self, k, v):
        print 'set', k, v
    def __delitem__(self, k):
        print 'del', k

s = Seq(3)
print len(s), s[2], 4 in s, list(s), bool(s), bool(Seq(1))
print s + 1, 1 + s, -s, s(1, 2)
s[0] = 'x'
del s[1]
for x in s:
    print x,
print
class Bare:
    pass
b = Bare()
try:
    len(b)
except AttributeError as e:
    print e
try:
    b[0]
except AttributeError as e:
    print e
try:
    b + 1
except TypeError as e:
    print e
try:
    b()
except AttributeError as e:
    print e
print bool(b)
