# ** with negative exponents, negative bases, floats, zero and three-argument pow.
print 2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3
print (-8) ** 2, -8 ** 2, 2 ** 0.5, 4 ** 0.5, 0 ** 0, 0.0 ** 0
print pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000), pow(5L, 3, 13)
print 2.0 ** 10, (-2.0) ** 3, 1.5 ** 2, 2 ** 3 ** 2
try:
    (-8) ** 0.5
except ValueError as e:
    print 'ValueError:', e
try:
    0 ** -1
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    pow(2, -1, 5)
except TypeError as e:
    print 'TypeError:', e
