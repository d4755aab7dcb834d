# Sequence unpacking: nested targets, strings, swaps, and both CPython unpack errors.
a, (b, c), d = 1, [2, 3], 'x'
print a, b, c, d
x, y, z = 'abc'
print x, y, z
x, y = y, x
print x, y
for i, (k, v) in enumerate([('p', 1), ('q', 2)]):
    print i, k, v
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print 'ValueError:', e
try:
    p, q, r = (1, 2)
except ValueError as e:
    print 'ValueError:', e
try:
    p, q = 5
except TypeError as e:
    print 'TypeError:', e
