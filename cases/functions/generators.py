# Generator functions and generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print list(countdown(5))
def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
for v in fib_gen(50):
    print v,
print
g = countdown(3)
print g.next(), g.next(), g.next()
try:
    g.next()
except StopIteration:
    print 'StopIteration'
print sum(x * x for x in range(10)), list(c.upper() for c in 'abc')
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print list(pairs([1, 2, 3, 4, 5]))
