# round() half-away-from-zero in 2.7, ndigits, and divmod on ints, longs and floats.
print round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5)
print round(3.14159, 2), round(1234.5678, -2), round(2.675, 2), round(7), round(-7L)
print round(1e300, 1), round(0.0), round(-0.0)
print divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5)
print divmod(2 ** 65, 3), divmod(0, 7)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
