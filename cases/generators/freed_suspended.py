# A suspended generator freed with a pending finally: closing runs when the last reference
# goes, wherever that happens.
def resource(name):
    try:
        print 'open', name
        yield name
        yield name + '!'
    finally:
        print 'close', name
def use_local():
    r = resource('local')
    print next(r)
    return 'returned'
print use_local()
g = resource('global')
next(g)
g = None
print 'rebound'
h = resource('deleted')
next(h)
del h
print 'deleted'
def consume(gen):
    return next(gen)
print consume(resource('argument'))
for x in resource('loop'):
    print 'first only', x
    break
print 'after break'
def holder():
    inner = resource('held')
    next(inner)
    yield 'holding'
outer = holder()
next(outer)
outer = None
print 'outer dropped'
unstarted = resource('never started')
del unstarted
left = resource('left at exit')
next(left)
print 'end of program'
