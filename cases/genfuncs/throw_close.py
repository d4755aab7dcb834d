# throw() raising inside a generator, handled or not, and close() running the GeneratorExit handler.
def worker():
    while True:
        try:
            x = yield
            print 'got', x
        except ValueError as e:
            print 'handled', e
        except GeneratorExit:
            print 'closing'
            return
g = worker()
next(g)
g.send(1)
g.throw(ValueError, 'bad value')
g.send(2)
g.close()
g.close()
def plain():
    yield 1
p = plain()
next(p)
try:
    p.throw(KeyError('k'))
except KeyError as e:
    print 'propagated', repr(e)
