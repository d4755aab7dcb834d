# isinstance and issubclass with tuples of classes, builtins and old-style classes.
class A(object):
    pass
class B(A):
    pass
class Old:
    pass
print isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int)
print issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, int), issubclass(B, B)
print isinstance(Old(), Old), isinstance(Old(), object), isinstance(u'x', basestring)
try:
    issubclass(1, int)
except TypeError as e:
    print 'TypeError:', e
