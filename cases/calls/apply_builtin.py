# The apply builtin with positional and keyword arguments, on functions and builtins.
def f(a, b, c=0):
    return a * 100 + b * 10 + c
print apply(f, (1, 2))
print apply(f, (1,), {'b': 5, 'c': 7})
print apply(max, [3, 9, 4])
print apply(len, ('abcd',))
try:
    apply(f, 5)
except TypeError as e:
    print 'TypeError:', e
