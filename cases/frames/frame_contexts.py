# The frame seen from the different places code runs: a generator (its caller as f_back), a
# deep recursion, a callback from a built-in, __del__ (the frame that dropped the object),
# and a generator closed by its frame ending.
import sys
def gen():
    yield sys._getframe(1).f_code.co_name
    raise ValueError('in gen')
g = gen()
def a(): return next(g)
print a()
try:
    next(g)
except ValueError:
    tb = sys.exc_info()[2]
    print tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_back, tb.tb_next.tb_lineno
    del tb
def rec(n):
    if n == 0:
        return [sys._getframe(k).f_locals.get('n') for k in (0, 1, 25, 30)]
    return rec(n - 1)
print rec(30)
def cb(x):
    return sys._getframe(1).f_code.co_name
print map(cb, [1]), sorted(set(map(cb, [1, 2])))
class D(object):
    def __del__(self):
        print 'del in', sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno
def holder():
    d = D()
    x = 1
    d = None
    y = 2
holder()
def h2():
    d = D()
h2()
print 'next'
def pausing():
    try:
        yield sys._getframe().f_back.f_code.co_name
    finally:
        print 'closing from', sys._getframe().f_back.f_code.co_name
def user():
    p = pausing()
    print next(p)
user()
f = sys._getframe()
print f.f_lineno, f.f_lasti
x = [sys._getframe().f_lineno for i in range(1)]
print x
print list(sys._getframe().f_code.co_name for i in range(1))
print (lambda: sys._getframe().f_back.f_code.co_name)()
