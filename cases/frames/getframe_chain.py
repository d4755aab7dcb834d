# sys._getframe: code names, line numbers and f_lasti along the f_back chain, depth errors.
import sys

def where(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno

def inner():
    here = sys._getframe()
    print where(0), where(1), where(2)
    names = []
    f = here
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    print names
    print here.f_back.f_code is outer.func_code, here.f_code is inner.__code__
    print here.f_lasti, here.f_back.f_lasti
    return here

def outer():
    return inner()

done = outer()
print done.f_lineno, done.f_back.f_code.co_name, done.f_back.f_lineno
top = sys._getframe()
print top.f_back.f_back, top.f_globals is globals(), top.f_locals is globals()
print top.f_builtins is __builtins__.__dict__, top.f_restricted, top.f_trace
print type(top).__name__, repr(top)[:14]
print sys._getframe(0) is top, sys._getframe(-3) is top
for depth in (2, 5, 10 ** 6):
    try:
        sys._getframe(depth)
    except ValueError as e:
        print depth, e
for bad in ('1', 1.5, 2 ** 40):
    try:
        sys._getframe(bad)
    except (TypeError, OverflowError) as e:
        print type(e).__name__, e
try:
    sys._getframe(0, 1)
except TypeError as e:
    print e
