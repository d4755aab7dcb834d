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
# The generator type's own methods, called unbound.
def one():
    yield 1
G = type(one())
try:
    G.send(5, 1)
except TypeError as e:
    print e
print G.send(one(), None)
print G.send
print G.next
print G.next(one())
