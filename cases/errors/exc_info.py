# sys.exc_info inside a handler, after it, and in a called function while handling.
import sys
print sys.exc_info()
def peek():
    t, v, tb = sys.exc_info()
    return t.__name__, str(v)
try:
    raise NameError('nm')
except NameError:
    print peek()
    print sys.exc_info()[0] is NameError
print sys.exc_info()[0].__name__
sys.exc_clear()
print sys.exc_info()
