# Decorators: a plain wrapper, a decorator factory with arguments, and stacking order.
def trace(f):
    def wrapper(*args):
        print 'call', f.__name__, args
        return f(*args)
    return wrapper
def times(n):
    def deco(f):
        def wrapper(x):
            return f(x) * n
        return wrapper
    return deco
@trace
def add(a, b):
    return a + b
@times(3)
@times(2)
def ident(x):
    return x
print add(1, 2)
print ident(5), add.__name__
