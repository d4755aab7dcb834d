# BUILD_CLASS and LOAD_LOCALS for classic and new-style classes; STORE_ATTR/DELETE_ATTR.
class A:
    x = 1
    def get(self):
        return self.x
class B(object):
    y = 2
print A.x, A().get(), B.y, B.__name__, A.__name__
a = A()
a.x = 5
print a.get(), A.x
del a.x
print a.get()
try:
    del a.x
except AttributeError as e:
    print 'AttributeError:', e
print type(A).__name__, type(B).__name__
