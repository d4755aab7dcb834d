# *args and **kwargs collection, and spreading sequences and dicts into calls.
def f(a, b=2, *args, **kwargs):
    return a, b, args, sorted(kwargs.items())
print f(1)
print f(1, 3, 5, 7)
print f(1, x=9, b=4)
print f(*[1, 2, 3], **{'y': 0})
print f(0, *(1, 2), z=3)
def g(*args):
    return len(args)
print g(), g(*'abc'), g(*xrange(4))
