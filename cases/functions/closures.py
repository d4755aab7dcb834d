# Closures and nested functions.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print add5(1), add10(1), make_adder(-1)(0)
def counter():
    state = [0]
    def inc(step=1):
        state[0] += step
        return state[0]
    return inc
c = counter()
print c(), c(), c(5), c()
def outer(a):
    b = a * 2
    def middle(c):
        def inner(d):
            return a + b + c + d
        return inner
    return middle
print outer(1)(10)(100)
adders = [make_adder(i) for i in range(3)]
print [f(100) for f in adders]
late = [lambda: i for i in range(3)]
print [f() for f in late]
def compose(f, g):
    return lambda x: f(g(x))
sq_then_neg = compose(lambda x: -x, lambda x: x * x)
print sq_then_neg(7), add5.__name__, add5.func_code.co_freevars
