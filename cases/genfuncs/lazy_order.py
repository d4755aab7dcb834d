# Generators run lazily: prints interleave with consumption, and a generator body starts at first next().
def gen():
    print 'start'
    yield 1
    print 'middle'
    yield 2
    print 'end'
g = gen()
print 'created'
print next(g)
print next(g)
try:
    next(g)
except StopIteration:
    print 'stopped'
print next(g, 'default')
