# UNPACK_SEQUENCE from tuples, lists, strings and iterators, and its two error messages.
a, b = 1, 2
c, d = [3, 4]
e, f = 'xy'
(g, h), i = (5, 6), 7
print a, b, c, d, e, f, g, h, i
a, b = b, a
print a, b
try:
    x, y = 1, 2, 3
except ValueError as e:
    print 'ValueError:', e
try:
    x, y, z = [1]
except ValueError as e:
    print 'ValueError:', e
try:
    x, y = 5
except TypeError as e:
    print 'TypeError:', e
p, q = iter([8, 9])
print p, q
