class A(object):
    def f(self, x):
        return x + 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def st():
        return 'static'

a = A()
m = a.f
print m(1), m.im_self is a, m.im_func is A.__dict__['f'], m.im_class
print A.f, A.make, A.st
print A.f(a, 10)
print type(A.make()), A.make().f(1)
print a.f == a.f, a.f is a.f
um = A.f
try:
    um()
except TypeError as e:
    print e
try:
    um('x', 1)
except TypeError as e:
    print e

class OldA:
    def g(self):
        return 'g'
print OldA.g, OldA().g()
try:
    OldA.g(1)
except TypeError as e:
    print e

def free(self):
    return 'free ' + type(self).__name__
A.free = free
print a.free()
a.attr = lambda: 'instance lambda'
print a.attr()
print A.__dict__['st'], A.__dict__['make']
print getattr(A, 'f'), hasattr(a, 'f'), hasattr(a, 'zzz')

class B(A):
    def f(self, x):
        return A.f(self, x) * 10
print B().f(1), super(B, B()).f(2)
print super(B, B())
print isinstance(B(), A), issubclass(B, (int, A)), issubclass(bool, int)
try:
    isinstance(1, 2)
except TypeError as e:
    print e
try:
    issubclass(1, int)
except TypeError as e:
    print e
