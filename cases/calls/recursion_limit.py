# Hitting the recursion limit raises RuntimeError, which can be caught; the limit is lowered to keep it short.
import sys
sys.setrecursionlimit(20)
print sys.getrecursionlimit()
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print 'RuntimeError:', e
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print fine(5)
