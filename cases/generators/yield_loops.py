# yield inside while and for loops, consumed by for, list(), tuple(), sorted and `in`.
def evens(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield i
        i += 1
def squares(seq):
    for x in seq:
        yield x * x
print list(evens(7))
print tuple(squares([3, 1, 2]))
print sorted(squares(evens(8)), reverse=True)
print 4 in evens(10), 5 in evens(10)
total = 0
for v in squares(xrange(4)):
    total += v
print total
a, b, c = evens(6)
print a, b, c
g = evens(3)
print g
print type(g).__name__, g.__name__, g.gi_running
# Generators with the built-ins that consume iterables, comparisons, attributes, and the
# argument errors of next/send/throw.
def g():
    yield 1
a = g()
b = g()
print a == a, a == b, a != b, a in [b, a], bool(a), str(a) == repr(a)
d = {a: 1}
print d[a]
print type(a), type(a) is type(b)
print [x for x in a], list(a)
print getattr(b, 'gi_running'), b.gi_code is g.func_code, b.gi_code.co_name, b.__name__
try:
    b.nope
except AttributeError as e:
    print e
try:
    len(b)
except TypeError as e:
    print e
try:
    b[0]
except TypeError as e:
    print e
try:
    b.next(1)
except TypeError as e:
    print e
try:
    b.send()
except TypeError as e:
    print e
try:
    b.throw()
except TypeError as e:
    print e
print sorted([3, 1, 2].__iter__() if False else (x for x in [3, 1, 2]))
print zip(g(), g()), map(None, g()), list(enumerate(g())), dict(zip('ab', g())), max(g()), any(g()), all(g())
print ''.join(str(x) for x in range(3)), set(x % 2 for x in range(5)), frozenset(g())
print sum(g(), 10), filter(None, (x for x in [0, 1, 2])), reduce if False else 0
print tuple(reversed(list(g())))
print [].extend(g())
l = [0]; l.extend(x for x in [5, 6]); print l
