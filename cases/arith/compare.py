# Comparisons, chained comparisons and their boolean results.
a, b, c = 1, 2, 3
print a < b, a > b, a == 1, a != 1, a <= 1, b >= 3
print a < b < c, a < b > c, a < b == 2 < c
print 1 == 1.0, 1 is 1, None is None, 2 is not None
print 'abc' < 'abd', 'Z' < 'a', [1, 2] < [1, 3], (1, 2) == (1, 2)
print not a, not 0, not [], not '', not None
print a and b, 0 and b, a or b, 0 or '', [] or 'x'
print cmp(1, 2), cmp(2, 2), cmp('b', 'a')
x = 5
if 0 < x <= 5:
    print 'in range'
if not (x < 0 or x > 10):
    print 'still in range'
print True + True, True * 3, False - 1
print 3 > 2 > 1, 1 < 3 < 2, (3 > 2) > 1
for v in [0, 1, 5, 10, 11]:
    print v, 1 <= v < 10,
print
