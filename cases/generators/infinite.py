# Infinite generators consumed partially; chains of generators.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for x in it:
        if n <= 0:
            break
        yield x
        n -= 1
def mapped(f, it):
    for x in it:
        yield f(x)
print list(take(5, naturals()))
print list(take(3, mapped(lambda v: v * 10, naturals())))
nat = naturals()
for v in nat:
    if v > 3:
        break
print next(nat), next(nat)
def fib():
    a, b = 0, 1
    while 1:
        yield a
        a, b = b, a + b
f = fib()
print [next(f) for _ in range(10)]
