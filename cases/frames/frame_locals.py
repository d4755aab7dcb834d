# f_locals of running frames: fast locals, cells and free variables copied in on each access,
# the same dict each time, and a caller's locals seen from below.
import sys

def peek_caller():
    return sorted(sys._getframe(1).f_locals.items())

def running(a, b=2, *rest, **kw):
    total = a + b
    print peek_caller()
    f = sys._getframe()
    first = f.f_locals
    later = 'new'
    second = f.f_locals
    print first is second, sorted(k for k in second), second['later']
    del later
    print 'later' in f.f_locals
    return f

f = running(1, 3, 4, x=5)
print sorted(f.f_locals), f.f_locals['total'], f.f_lineno

def closure():
    shared = [1]
    unset = None
    del unset
    def reader():
        return shared, sorted(sys._getframe().f_locals)
    print sorted(sys._getframe().f_locals)
    return reader()

print closure()

class Body(object):
    x = 1
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
print Body.seen
