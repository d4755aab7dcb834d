# COMPARE_OP with every operator: < <= == != > >= in, not in, is, is not, exception match.
a, b = 3, 5
print a < b, a <= b, a == b, a != b, a > b, a >= b
print a <> b, 'x' < 'y', (1, 2) < (1, 3), [2] > [1, 9]
print 2 in [1, 2], 2 not in (1, 2), 'b' in 'abc', 'k' in {'k': 1}
print a is a, a is not b, None is None, [] is not []
try:
    {}['x']
except (IndexError, KeyError) as e:
    print 'matched tuple', type(e).__name__
try:
    raise ValueError
except StandardError:
    print 'matched base class'
try:
    try:
        1 / 0
    except KeyError:
        print 'no'
except ArithmeticError as e:
    print 'outer matched', e
