# next() with and without a default, iter(callable, sentinel), and exhausted iterators staying exhausted.
it = iter([1, 2])
print next(it), next(it), next(it, 'end'), next(it, None)
stack = [3, 2, 1, 0, 9]
ci = iter(stack.pop, 0)
print type(ci), list(ci), stack, next(ci, 'done')
e = enumerate('xyz')
print e.next(), next(e), list(e), next(e, 'fin')
r = reversed(range(3))
print r.next(), list(r)
x = iter(xrange(5))
print x.next(), list(x), list(x)
d = {'k': 1}
di = d.iteritems()
print next(di), next(di, 'empty')
try:
    next(iter(()))
except StopIteration as e:
    print 'stop', repr(e), e.args
try:
    next('abc')
except TypeError as e:
    print e
