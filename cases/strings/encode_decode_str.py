# Decoding byte strings through the codec shortcuts: utf-8, latin-1 and ascii with error handlers.
s = 'caf\xc3\xa9\n'
print repr(s.decode('utf-8')), repr(unicode(s, 'latin-1')), repr(unicode('abc', 'ascii'))
print repr(unicode(s, 'ascii', 'replace')), repr(unicode(s, 'ascii', 'ignore'))
print repr(unicode('\xff', 'utf-8', 'replace')), len(s.decode('utf-8'))
try:
    unicode(s, 'ascii')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    unicode('\xc3', 'utf-8')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
