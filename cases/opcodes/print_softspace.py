# PRINT_ITEM softspace rules: a trailing newline or tab in an item suppresses the next space.
print 'a\n', 'b'
print 'c\t', 'd'
print 'e',
print
print 1, '', 2
print 'x', ; print 'y'
print '', 'lead'
print u'uni', 3.0, None, (1,)
