# The except-clause name stays bound after the handler in Python 2, and the old comma syntax works.
try:
    raise ValueError('kept')
except ValueError, err:
    pass
print err
try:
    raise KeyError(3)
except (TypeError, KeyError) as err2:
    print 'tuple of types', type(err2).__name__
print err2
