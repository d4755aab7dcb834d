# split/rsplit with and without separators and maxsplit; join with errors.
print 'a b  c '.split(), '  '.split(), ''.split(), ''.split(','), 'a,b,'.split(',')
print 'a b c d'.split(' ', 2), 'a b c d'.rsplit(' ', 2), '  x  y  '.rsplit(None, 1)
print 'a::b::c'.split('::'), 'abc'.split('abc'), 'x'.split('x', 0)
print ', '.join(['1', '2']), '-'.join(''), '|'.join('abc'), ''.join(('x', 'y'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print 'TypeError:', e
try:
    'a'.split('')
except ValueError as e:
    print 'ValueError:', e
