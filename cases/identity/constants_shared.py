# Equal constants within one code object are shared; constants from separate code objects are not merged for big ints.
a = 1000
b = 1000
print a is b
def f():
    return 1000
def g():
    return 1000
print f() is f(), f() is g(), f() == g()
x = 'hello world!'
y = 'hello world!'
print x is y
t1 = (1, 2)
t2 = (1, 2)
print t1 is t2, t1 == t2
