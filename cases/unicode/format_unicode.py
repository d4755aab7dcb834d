# % formatting and str.format with unicode templates and arguments.
print repr(u'%d %s %r' % (5, u'\xe9', u'\xe9')), repr(u'%5s|%-5s|' % (u'ab', u'\u20ac'))
print repr('%s' % u'\u20ac'), repr(u'%c' % 0xe9), repr(u'%c' % u'\u20ac'), repr(u'%x' % 255)
print repr(u'{0}-{1}'.format(u'\xe9', 1)), repr(u'{:^7}'.format(u'\u20ac'))
