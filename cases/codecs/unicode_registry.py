# unicode(s, encoding) for names other than the exact 'utf-8', 'latin-1' and 'ascii': the
# codec from the registry decodes a read-only buffer over the bytes.
s = 'caf\xc3\xa9'
print repr(unicode(s, 'utf8')), repr(unicode(s, 'UTF-8')), repr(unicode(s, 'latin_1'))
print repr(unicode(s, 'cp1252', 'strict')), repr(unicode(s, 'ASCII', 'replace'))
print repr(unicode('', 'no-such-codec')), repr(unicode('abc', errors='ignore'))
try:
    unicode(s, 'no-such-codec')
except LookupError as e:
    print 'LookupError:', e
try:
    unicode(s, 'utf-16-le-nope', 'strict')
except LookupError as e:
    print 'LookupError:', e
try:
    unicode(s, 42)
except TypeError as e:
    print 'TypeError:', e
try:
    unicode(u'x', 'utf8')
except TypeError as e:
    print 'TypeError:', e
