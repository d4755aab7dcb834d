# Deleting a slice of a str (an immutable sequence) raises TypeError.
s = 'abc'
try:
    del s[1:]
except TypeError as e:
    print 'TypeError:', e
try:
    del s[:]
except TypeError as e:
    print 'TypeError:', e
print s
