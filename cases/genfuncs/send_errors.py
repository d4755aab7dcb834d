# Sending a non-None value to a just-started generator is an error; send(None) is like next().
def echo():
    got = None
    while True:
        got = yield got
g = echo()
try:
    g.send(5)
except TypeError as e:
    print 'TypeError:', e
print g.send(None), g.send('a'), g.send('b'), next(g)
