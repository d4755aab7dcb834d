# int * and ** overflowing to long, including negative operands and the minimum int.
import sys
m = sys.maxint
print m * 2, 3037000500 * 3037000500, -3037000500 * 3037000500
print 2 ** 62, 2 ** 63, (-2) ** 63, (-2) ** 64, type(2 ** 62).__name__
print (-m - 1) * -1, type((-m - 1) * -1).__name__
print 10 ** 20, 7 ** 30
