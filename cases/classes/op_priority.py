class Num(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print 'Num.__add__', type(other).__name__
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print 'Num.__radd__', type(other).__name__
        return Num(other + self.v)
    def __str__(self):
        return 'Num(%s)' % self.v

class SubNum(Num):
    def __radd__(self, other):
        print 'SubNum.__radd__'
        return SubNum(other.v * 1000 + self.v)
    def __str__(self):
        return 'SubNum(%s)' % self.v

print Num(1) + Num(2)
print Num(1) + 5
print 5 + Num(1)
print Num(1) + SubNum(2)
try:
    Num(1) + 'x'
except TypeError as e:
    print e

class MyInt(int):
    def __radd__(self, other):
        print 'MyInt.__radd__', other
        return 'radd!'
    def __sub__(self, other):
        return 'sub!'
print 3 + MyInt(4), MyInt(4) - 1, MyInt(4) * 2, -MyInt(4)

class Acc(object):
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __nonzero__(self):
        return bool(self.items)
acc = Acc()
print bool(acc), 'yes' if acc else 'no'
acc += 1
acc += 2
print acc.items, bool(acc), not acc

class Sized(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print bool(Sized(0)), bool(Sized(3)), len(Sized(3))
try:
    len(Sized(-1))
except ValueError as e:
    print e

class Conv(object):
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print int(Conv()), float(Conv())

class BadRepr(object):
    def __str__(me):
        return 5
try:
    str(BadRepr())
except TypeError as e:
    print e
class NoHash(object):
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print e
class Neg(object):
    def __neg__(self):
        return 'negated'
    def __invert__(self):
        return 'inverted'
print -Neg(), ~Neg()
try:
    +Neg()
except TypeError as e:
    print e
