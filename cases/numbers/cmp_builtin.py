# cmp() on numbers of mixed types, sequences and None, and its use as a sort key.
print cmp(1, 1.0), cmp(2L, 1), cmp(-1, 0.5), cmp(1e300 * 1e300, 2 ** 2000)
print cmp((1, 2), (1, 3)), cmp([3], [2, 9]), cmp('a', 'a'), cmp(None, None)
print cmp(True, 1), cmp(0, False), cmp(2 ** 64, 2 ** 64 + 1)
print sorted([3, 1L, 2.5, -1], cmp), sorted([3, 1, 2], lambda a, b: cmp(b, a))
