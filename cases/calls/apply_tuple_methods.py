# apply() argument checks, tuple.index bounds and errors, cell_contents, traceback attributes and built-in MROs.
t = (1, 2, 3, 2)
print t.index(2, 2), t.index(2, -3, 10), t.count(2)
for thunk in [lambda: t.index(9), lambda: t.index(1, 1, None)]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
print apply(dict, (), {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6})
print apply(len, ['ab'])
for bad in [lambda: apply(len, {}), lambda: apply(len, ('a',), []), lambda: apply(), lambda: apply(len, xrange(1))]:
    try:
        print bad()
    except TypeError as e:
        print e
def f():
    x = 1
    def g(): return x
    return g
print f().__closure__[0].cell_contents
import sys
try:
    f()()()
except TypeError:
    tb = sys.exc_info()[2]
    print tb.tb_lineno, tb.tb_next, tb.tb_lasti
print object.__mro__, int.__mro__, bool.__mro__
