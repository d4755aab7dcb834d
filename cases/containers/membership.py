# The in operator on str, list, tuple, dict, set, frozenset and xrange, and its TypeErrors.
print 'ell' in 'hello', '' in 'abc', 3 in [1, 2, 3], (1,) in [(1,), 2]
print 'k' in {'k': 1}, 1 in {'k': 1}.values(), 2 in set([2]), 2 in frozenset()
print 5 in xrange(10), 10 in xrange(10), 1.0 in [1]
try:
    print 1 in 'abc'
except TypeError as e:
    print 'TypeError:', e
try:
    print [] in {}
except TypeError as e:
    print 'TypeError:', e
try:
    print 1 in 5
except TypeError as e:
    print 'TypeError:', e
