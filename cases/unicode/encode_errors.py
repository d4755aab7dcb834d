# Implicit ASCII encoding of non-ASCII unicode fails with UnicodeEncodeError; decode errors too.
try:
    str(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
    print e.encoding, e.start, e.end, repr(e.object), e.reason
try:
    unicode('caf\xe9')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    unicode('\xff\xfe', 'utf-8')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
print repr(unicode('\xe9t\xe9', 'utf-8', 'replace')), repr(unicode('\xe9t\xe9', 'utf-8', 'ignore'))
