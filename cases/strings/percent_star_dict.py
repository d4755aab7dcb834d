# % formatting with * widths and precisions, dict mappings and single non-tuple arguments.
print '[%*d] [%-*d] [%.*f] [%*.*s]' % (5, 1, 4, 2, 2, 3.14159, 6, 2, 'abcdef')
print '%(a)s-%(b)05d-%(a)r' % {'a': 'x', 'b': 42}
print '%s' % 'single', '%s' % [1, 2], '%s' % {'k': 1}, '%r' % ((1, 2),)
print '%(x)s %%' % {'x': 1}, '%c' % 'q', '%5c|' % 66
