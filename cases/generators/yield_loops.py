# yield inside while and for loops, consumed by for, list(), tuple(), sorted and `in`.
def evens(n):
    i = 0
    while i < n:
        if i % 2 == 0:
            yield i
        i += 1
def squares(seq):
    for x in seq:
        yield x * x
print list(evens(7))
print tuple(squares([3, 1, 2]))
print sorted(squares(evens(8)), reverse=True)
print 4 in evens(10), 5 in evens(10)
total = 0
for v in squares(xrange(4)):
    total += v
print total
a, b, c = evens(6)
print a, b, c
g = evens(3)
print g
print type(g).__name__, g.__name__, g.gi_running
