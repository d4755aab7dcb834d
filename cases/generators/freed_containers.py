# Paused generators freed from containers, arguments, locals and tracebacks: each is closed
# at the moment its last reference goes, in CPython's order (lists and tuples last item first).
def r(name):
    try:
        yield name
    finally:
        print 'close', name
def started(name):
    g = r(name)
    next(g)
    return g
print next(r('temp'))
L = [started('l1'), started('l2'), started('l3')]
del L
T = (started('t1'), started('t2'))
T = 0
D = {'a': started('d1'), 'b': started('d2')}
D = None
x = started('pop')
L2 = [x]
del x
L2.pop()
print 'after pop'
def f(a, b):
    return 1
print f(started('arg1'), started('arg2'))
def two():
    a = started('loc1')
    b = started('loc2')
two()
def thrower():
    a = started('exc')
    raise ValueError
try:
    thrower()
except ValueError:
    print 'caught'
print 'after caught'
y = [started('bin')] + []
y = None
for i in [started('it%d' % k) for k in range(2)]:
    pass
print 'end'
def no_args():
    try:
        yield 1
    finally:
        print 'never runs: the generator never started'
exec no_args.func_code
print 'a generator made by exec is freed at once'
