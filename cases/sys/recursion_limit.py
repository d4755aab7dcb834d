# sys.setrecursionlimit: the limit the interpreter checks follows it, up and down.
import sys
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print sys.getrecursionlimit()
try:
    depth(1200)
except RuntimeError, e:
    print 'RuntimeError:', e
sys.setrecursionlimit(1300)
print sys.getrecursionlimit(), depth(1200)
sys.setrecursionlimit(20)
print depth(10)
try:
    depth(30)
except RuntimeError, e:
    print 'RuntimeError:', e
sys.setrecursionlimit(1000)
for bad in [0, -5, 2 ** 31, 2 ** 70, 1.5, 'x']:
    try:
        sys.setrecursionlimit(bad)
    except Exception, e:
        print type(e).__name__, e
print sys.getrecursionlimit()
try:
    sys.setrecursionlimit()
except TypeError, e:
    print 'TypeError:', e
