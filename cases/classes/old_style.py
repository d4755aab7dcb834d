class A:
    """An old-style class."""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x

class B(A):
    def get(self):
        return A.get(self) * 2

a = A(3)
b = B(4)
print a.get(), b.get()
print A.__doc__, A.__name__, B.__bases__
print isinstance(b, A), isinstance(a, B), issubclass(B, A)
print type(a), type(A)
print repr(a)[:22], repr(A)[:17]
print a.__class__ is A, a.__dict__
try:
    a.missing
except AttributeError as e:
    print e
try:
    A.missing
except AttributeError as e:
    print e
print A.get
print a.get
try:
    A.get(5)
except TypeError as e:
    print e
try:
    A()
except TypeError as e:
    print e
class C:
    pass
try:
    C(1)
except TypeError as e:
    print e
del a.v
try:
    del a.v
except AttributeError as e:
    print e
