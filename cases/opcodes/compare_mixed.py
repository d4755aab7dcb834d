# COMPARE_OP across types: int/float/long equality, None ordering, default type-name ordering.
print 1 == 1.0, 1L == 1, 2 ** 64 > 1.5, 0.5 < 1L
print None < 0, None < '', [] < '', {} < [], 1 < 'a'
print (1, 'a') == (1, 'a'), [1, [2]] == [1, [2]], {'a': 1} == {'a': 1.0}
print cmp(1, 2), cmp('b', 'a'), cmp([1], [1]), cmp(None, 0)
print 'abc' < 'abd', 'Z' < 'a', '' < 'a', 'ab' < 'abc'
print 1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2
