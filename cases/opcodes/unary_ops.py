# UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT and UNARY_INVERT on several types and errors.
print +5, -5, not 5, ~5
print +2.5, -2.5, not 0.0, -(-3L), ~0L, ~-1
print not [], not [0], not '', not None, -True, ~False, +True
print -(-2 ** 63), -0.0, -(0)
try:
    -'abc'
except TypeError as e:
    print 'TypeError:', e
try:
    ~1.5
except TypeError as e:
    print 'TypeError:', e
