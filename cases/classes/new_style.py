class A(object):
    """doc of A"""
    count = 0
    def __init__(self, v):
        self.v = v
        A.count += 1
    def get(self):
        return self.v

class B(A):
    def get(self):
        return super(B, self).get() + 100

a = A(1)
b = B(2)
print a.get(), b.get(), A.count
print A.__doc__, B.__doc__, A.__name__, A.__module__
print B.__bases__, B.__mro__
print type(a), type(b), type(A)
print a
print A.get
print a.get
print isinstance(b, A), issubclass(B, A), issubclass(A, B), isinstance(a, (int, A))
print sorted(a.__dict__.items())
try:
    a.nope
except AttributeError as e:
    print e
try:
    A.get(3)
except TypeError as e:
    print e
try:
    A.get()
except TypeError as e:
    print e
try:
    object(1)
except TypeError as e:
    print e
class C(object):
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print e
try:
    A()
except TypeError as e:
    print e
X = type('X', (A,), {'y': 2})
x = X(7)
print X, x.y, x.get(), X.__mro__
