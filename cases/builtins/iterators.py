# The built-in iterator types: their names, next() as a method-wrapper, StopIteration, next().
d = {'a': 1}
its = [iter([1, 2]), iter((1, 2)), iter('ab'), iter(u'ab'), reversed([1, 2]), reversed((1, 2)), reversed('ab'), iter(d), d.iteritems(), d.itervalues(), iter(set([1])), iter(xrange(2)), enumerate('ab'), iter([1, 2, 3].pop, 1), reversed(xrange(3))]
for it in its:
    print type(it), it.next, it, iter(it) is it
    print it.next()
    print next(it, 'done')
    try:
        print it.next(), it.next()
    except StopIteration as e:
        print 'stop', repr(e)
print type(iter([])).next, type([].__iter__) if False else 0
it = iter([1])
print next(it), next(it, None)
try:
    next(it)
except StopIteration:
    print 'StopIteration'
try:
    next([1])
except TypeError as e:
    print e
