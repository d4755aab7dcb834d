# dir(), vars(), locals() and globals() at module level, in functions and on built-ins.
alpha = 1
beta = [2]
print dir()
print sorted(globals().keys()) == dir(), locals() is globals()
def f(a, b=2, *rest, **kw):
    c = a + b
    print sorted(locals().items())
    print dir()
    del c
    print locals()
    def g():
        return a
    print sorted(vars()), g()
f(1, 3, 4, x=5)
def cells():
    x = 1
    def inner():
        y = x
        print locals()
        return y
    return inner()
cells()
print dir([])
print dir(1)
print dir('')
print dir({})
print dir(set())
print dir(None)
print dir(ValueError)
print dir(KeyError('k'))
print dir(len)
print dir(f)
print dir(1.5) == dir(float), dir(3L) == dir(long), dir(True)
print dir(()), dir(frozenset())
try:
    vars(1)
except TypeError as e:
    print e
try:
    dir(1, 2)
except TypeError as e:
    print e
