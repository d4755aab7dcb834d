# RAISE_VARARGS with 0, 1, 2 and 3 arguments, and raising a class vs an instance.
def r0():
    try:
        raise ValueError('first')
    except ValueError:
        raise
for thunk in [r0]:
    try:
        thunk()
    except ValueError as e:
        print 'r0', repr(e)
try:
    raise KeyError
except KeyError as e:
    print 'r1 class', repr(e)
try:
    raise TypeError, 'msg'
except TypeError as e:
    print 'r2', repr(e)
try:
    raise IndexError, ('a', 'b')
except IndexError as e:
    print 'r2 tuple', e.args
try:
    raise ValueError, 'three', None
except ValueError as e:
    print 'r3', e
try:
    raise 42
except TypeError as e:
    print 'bad raise:', e
try:
    raise ValueError('x'), 'y'
except TypeError as e:
    print 'instance with value:', e
