# Printing unicode to a pipe: ASCII prints, non-ASCII raises UnicodeEncodeError (no terminal encoding).
print u'ascii only', u'tab\tafter'
print repr(u'\xe9')
try:
    print u'caf\xe9'
except UnicodeEncodeError as e:
    print
    print 'UnicodeEncodeError:', e
print 'done'
