# A Fibonacci generator with a limit, and two independent iterators from one generator function.
def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print list(fib(50))
x = fib(10)
y = fib(10)
print next(x), next(x), next(x), next(y)
print sum(fib(20))
