# Generators that raise: the exception propagates to the consumer, the generator is finished.
def fragile(n):
    for i in range(n):
        yield 10 / (2 - i)
g = fragile(4)
try:
    for v in g:
        print v
except ZeroDivisionError as e:
    print 'caught', e
print list(g)
def stops_itself():
    yield 1
    raise StopIteration
    yield 2
print list(stops_itself())
def running():
    yield me.next()
me = running()
try:
    next(me)
except ValueError as e:
    print 'ValueError:', e
def deep(n):
    if n == 0:
        raise KeyError('bottom')
    for x in deep(n - 1):
        yield x
    yield n
print list(deep(2))
