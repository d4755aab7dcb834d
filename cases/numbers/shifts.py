# Left and right shifts on ints and longs, including negatives, big shifts and errors.
print 1 << 10, 1 << 64, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100
print 255 >> 4, (2 ** 70) >> 60, 3L << 2, 1 << 0
print 7 >> 64, -7 >> 64
try:
    1 << -1
except ValueError as e:
    print 'ValueError:', e
try:
    1 >> -2
except ValueError as e:
    print 'ValueError:', e
try:
    1.0 << 2
except TypeError as e:
    print 'TypeError:', e
