import types

def f(a, b=2):
    return a + b

print types.FunctionType.func_code, type(types.FunctionType.func_code)
print types.FunctionType.func_globals, type(types.FunctionType.func_globals)
print types.FunctionType.func_code.__get__(f) is f.func_code
print types.FunctionType.func_globals.__get__(f) is globals()
print types.FunctionType.__dict__['func_name'].__get__(f)
print int.__add__, type(int.__add__), int.__add__(1, 2)
print (1).__add__
l = [1]
list.append(l, 3)
print l, list.append, type(list.append)
print dict.__dict__['fromkeys'], type(dict.__dict__['fromkeys'])
print dict.fromkeys('ab')
print type.__dict__['__name__'], type.__dict__['__name__'].__get__(int)
print type.__dict__['__base__'], type(type.__dict__['__base__'])
print type.__dict__['__dict__'].__get__(int) is not None
print object.__dict__['__class__'].__get__(5)
print int.__dict__['__new__'], type(int.__dict__['__new__'])
print int.__new__(int, '7'), str.__new__(str, 5)
print object.__dict__['__doc__'], int.__doc__ == int.__dict__['__doc__']
print list.__dict__['__hash__'], list.__dict__['__len__']([1, 2])
print str.__dict__['__getitem__']('abc', 1), list.__dict__['__getitem__']
try:
    type.__dict__['__name__'].__get__(5)
except TypeError as e:
    print e
try:
    types.FunctionType.func_code.__get__(None, None)
except TypeError as e:
    print e
print types.FunctionType.func_code.__get__(None, types.FunctionType) is types.FunctionType.func_code

class MyInt(int):
    def __add__(self, other):
        return int.__add__(self, other) * 10

class MyList(list):
    def append(self, x):
        list.append(self, x * 2)

m = MyList()
m.append(4)
print MyInt(3) + 1, m, hasattr(m, '__len__'), hasattr(3, '__getitem__')
print sorted(dir(MyInt))[:12]
print len(dir(int)), len(dir(3)), len(dir(object)), len(dir(f))

class A(object):
    def __repr__(self):
        return 'A!' + super(A, self).__repr__()[:8]

print A(), object.__repr__(A())[:9], object.__dict__['__repr__'](A())[:9]
