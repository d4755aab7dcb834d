# CALL_FUNCTION_VAR and _KW with a non-iterable *args and a non-mapping **kwargs.
def f(*args, **kw):
    return args, kw
try:
    f(*5)
except TypeError as e:
    print 'TypeError:', e
try:
    f(**[1])
except TypeError as e:
    print 'TypeError:', e
try:
    f(1, *None)
except TypeError as e:
    print 'TypeError:', e
