# Bitwise &, |, ^ and ~ with negative ints and longs (two's complement semantics).
print -1 & 0xff, -256 | 15, -6 ^ 3, ~-7
print 2 ** 70 & -1, (2 ** 70 | 1) & 3, -(2 ** 70) ^ 1
print 12 & 10, 12 | 10, 12 ^ 10, True & False, True | False, True ^ True
print type(True & True).__name__, type(True & 1).__name__
try:
    1.5 & 1
except TypeError as e:
    print 'TypeError:', e
