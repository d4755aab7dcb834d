# CALL_FUNCTION_KW, CALL_FUNCTION_VAR and CALL_FUNCTION_VAR_KW, and a duplicate-argument error.
def f(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print f(1, b=3)
print f(*[1, 2, 3])
print f(**{'a': 5, 'z': 6})
print f(1, *(2, 3), **{'k': 4})
print f(0, c=1, *[9])
try:
    f(1, a=2)
except TypeError as e:
    print 'TypeError:', e
