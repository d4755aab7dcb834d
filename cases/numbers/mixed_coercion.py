# Mixed-type coercion: int with long, float and complex yields the wider type.
for v in [1 + 1L, 1 + 1.0, 1 + 1j, 1L + 1.0, 1L * 1j, 2.0 * 1j, 3 / 2.0, 3L // 2.0]:
    print repr(v), type(v).__name__
print 10 ** 20 * 1.0, 2 ** 1000 > 1e300, 1e300 * 10 ** 10
try:
    float(2 ** 1024)
except OverflowError as e:
    print 'OverflowError:', e
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print 'OverflowError:', e
