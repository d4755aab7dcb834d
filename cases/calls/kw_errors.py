# CPython's exact TypeError messages for bad argument binding.
def f(a, b, c=3):
    return a + b + c
def g():
    pass
def h(*args):
    pass
tries = [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, a=2, b=3),
         lambda: g(1), lambda: f(b=1, c=2), lambda: h(x=1), lambda: f(1, 2, **{'c': 1, 'e': 2}),
         lambda: f(*5), lambda: f(**[1])]
for t in tries:
    try:
        t()
    except TypeError as e:
        print e
