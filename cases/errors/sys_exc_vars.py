# Python 2 mirrors the handled exception in sys.exc_type, sys.exc_value and sys.exc_traceback, reset when the handling frame returns.
import sys
print sys.exc_type, hasattr(sys, 'exc_value'), hasattr(sys, 'exc_traceback')
def f():
    try:
        raise KeyError('k')
    except KeyError:
        print sys.exc_type, sys.exc_value, type(sys.exc_traceback).__name__
    print sys.exc_type, sys.exc_value
f()
print sys.exc_type, hasattr(sys, 'exc_value'), hasattr(sys, 'exc_traceback')
try:
    1 / 0
except ZeroDivisionError:
    pass
print sys.exc_type, sys.exc_value
sys.exc_clear()
print sys.exc_type, hasattr(sys, 'exc_value')
