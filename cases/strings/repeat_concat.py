# Repetition with zero, negative and long counts; concatenation type errors.
print repr('ab' * 0), repr('ab' * -2), 'ab' * 3, 3 * 'x', 'ab' * 2L, 'a' * True
try:
    'a' + 1
except TypeError as e:
    print 'TypeError:', e
try:
    'a' * 'b'
except TypeError as e:
    print 'TypeError:', e
try:
    'a' * 1.5
except TypeError as e:
    print 'TypeError:', e
try:
    1 + 'a'
except TypeError as e:
    print 'TypeError:', e
