# Mixing str and unicode: concatenation, comparison, `in`, % formatting and join promote to unicode.
print repr('a' + u'b'), repr(u'a' + 'b'), repr('x' * 2 + u'y'), repr(u'%s-%s' % ('s', u'u'))
print repr('%s' % u'u'), repr(' '.join(['a', u'b'])), repr(u''.join(['a', 'b']))
print 'abc' == u'abc', u'a' < 'b', 'b' in u'abc', u'b' in 'abc', hash('abc') == hash(u'abc')
d = {'k': 1}
print d[u'k'], u'k' in d
try:
    '\xe9' + u'x'
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
