# YIELD_VALUE: a generator yielding values, receiving send() values and finishing.
def gen(n):
    for i in range(n):
        got = yield i * 10
        if got:
            print 'got', got
g = gen(3)
print g.next()
print g.send('hi')
print list(g)
def echo():
    x = yield
    yield x + 1
e = echo()
e.next()
print e.send(41)
