# The builtin next() with and without a default, and the .next() method.
def three():
    yield 'a'
    yield 'b'
    yield 'c'
g = three()
print next(g), g.next()
print next(g, 'default')
print next(g, 'default')
print next(g, None)
try:
    g.next()
except StopIteration:
    print 'StopIteration from .next()'
try:
    next(g)
except StopIteration as e:
    print 'StopIteration from next()', repr(e)
h = three()
m = h.next
print m
print m()
