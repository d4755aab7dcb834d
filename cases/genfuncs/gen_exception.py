# An exception raised inside a generator propagates to the consumer, and the generator is then finished.
def faulty():
    yield 1
    raise ValueError('inside')
    yield 2
f = faulty()
print next(f)
try:
    next(f)
except ValueError as e:
    print 'caught', e
print list(f)
