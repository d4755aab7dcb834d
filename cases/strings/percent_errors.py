# % formatting errors: too few/many arguments, bad types, unknown conversions, missing keys.
cases = [('%d %d', (1,)), ('%d', (1, 2)), ('%d', 'x'), ('%z', 1), ('%(k)s', {}),
         ('%c', 'ab'), ('%c', 300), ('%(k)s', 1), ('%', 1), ('%f', 'x')]
for fmt, arg in cases:
    try:
        print fmt % arg
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print type(e).__name__, e
