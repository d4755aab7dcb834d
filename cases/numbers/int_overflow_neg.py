# Negating, abs() and dividing the minimum int by -1 all overflow to long.
import sys
n = -sys.maxint - 1
print -n, type(-n).__name__, abs(n), type(abs(n)).__name__
print n / -1, n // -1, n % -1, divmod(n, -1)
print n << 1, type(1 << 63).__name__, 1 << 62
