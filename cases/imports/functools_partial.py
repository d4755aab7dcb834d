# functools from the standard library (a traced module body) and _functools.partial.
import functools
from functools import partial


def power(base, exp=2):
    return base ** exp

square = partial(power)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print square(7), cube(2), two_to(10), two_to(exp=5)
print cube.func is power, cube.args, cube.keywords, two_to.args
print functools.reduce(lambda a, b: a * b, range(1, 6))
print reduce(lambda a, b: a + b, 'abc'), reduce(max, [3, 9, 2], 0)
try:
    partial(42)
except TypeError as e:
    print 'TypeError:', e
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print 'TypeError:', e
print functools.WRAPPER_ASSIGNMENTS
