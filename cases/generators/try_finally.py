# yield inside try/finally and try/except; the finally runs when the generator finishes.
def guarded(items):
    print 'start'
    try:
        for it in items:
            yield it
    finally:
        print 'cleanup'
    print 'after'
for x in guarded([1, 2]):
    print 'got', x
def catching():
    try:
        yield 1
        raise KeyError('k')
    except KeyError as e:
        print 'caught', repr(e)
        yield 2
    yield 3
print list(catching())
