# LOAD_CLOSURE, MAKE_CLOSURE, LOAD_DEREF and STORE_DEREF across three nested scopes.
def outer():
    count = 0
    def bump():
        return count + 1
    count = 10
    def middle():
        name = 'm'
        def inner():
            return name, count
        return inner
    return bump, middle()
b, i = outer()
print b(), i()
print b.func_closure is not None, len(i.func_closure)
def counter():
    c = [0]
    def inc(step=1):
        c[0] += step
        return c[0]
    return inc
inc = counter()
print inc(), inc(5), inc()
def unbound():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print 'NameError:', e
    v = 1
unbound()
