# int + and - overflowing sys.maxint promote to long, and back-to-int results stay int.
import sys
m = sys.maxint
print m + 1, type(m + 1).__name__
print -m - 1, type(-m - 1).__name__, -m - 2, type(-m - 2).__name__
print (m + 1) - 1, type((m + 1) - 1).__name__
print m - (-1), -m - 1 - 1
