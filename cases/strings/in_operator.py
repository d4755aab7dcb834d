# The `in` operator on strings: substrings, empty string, and a non-string left operand.
s = 'mississippi'
print 'ss' in s, 'sis' in s, 'x' in s, '' in s, '' in '', s in s, 'ippi' not in s
try:
    1 in s
except TypeError as e:
    print 'TypeError:', e
try:
    None in 'abc'
except TypeError as e:
    print 'TypeError:', e
