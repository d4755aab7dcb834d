# Closing at dealloc when the generator raises or yields again (reported as unraisable),
# GeneratorExit handled with return, gi_running, throw caught at a yield, and a paused
# generator kept alive by a handled exception's traceback.
import sys
def g1():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
a = g1()
next(a)
a = None
def g2():
    try:
        yield 1
    finally:
        1 / 0
b = g2()
next(b)
del b
def g3():
    try:
        yield 1
    finally:
        yield 'again'
c = g3()
next(c)
c = 5
def g4():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print 'exit info', sys.exc_info()[0]
            return
d = g4()
next(d)
d.close()
def me_running():
    yield m.gi_running
m = me_running()
print m.gi_running, next(m), m.gi_running
def boom():
    raise KeyError('x')
def holds():
    try:
        yield 1
    finally:
        print 'holds finally'
def f():
    h = holds()
    next(h)
    boom()
try:
    f()
except KeyError:
    print 'handled'
print 'after'
def inner_catch():
    try:
        yield 1
    except ValueError:
        yield 'caught at yield'
        print sys.exc_info()[0]
ic = inner_catch()
next(ic)
print ic.throw(ValueError)
print sys.exc_info()[0]
print list(ic)
print g1().gi_code.co_name
# Closing at dealloc fails in a generator that holds another failing one: the reports come
# in CPython's order (the outer traceback keeps the inner generator until it is written).
def inner(tag):
    try:
        yield 1
    finally:
        raise KeyError(tag)
def outer_finishes():
    i = inner('inner of finishing')
    next(i)
    try:
        yield 1
    finally:
        raise ValueError('outer')
def outer_yields():
    i = inner('inner of stubborn')
    next(i)
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
a = outer_finishes()
next(a)
a = None
b = outer_yields()
next(b)
b = None
print 'end of the nested reports'
x = (i for i in 5)
