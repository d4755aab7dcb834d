# str.decode, str.encode and unicode.encode through the codec registry, with error handlers.
s = 'caf\xc3\xa9'
print repr(s.decode('utf8')), repr(s.decode('UTF-8', 'strict')), repr(s.decode('latin-1'))
print repr('abc'.decode('ascii')), repr('abc'.encode('utf-8')), repr('abc'.encode('latin-1'))
u = u'caf\xe9 \u20ac'
print repr(u.encode('utf-8')), repr(u.encode('latin-1', 'replace'))
print repr(u.encode('ascii', 'ignore')), repr(u.encode('ascii', 'xmlcharrefreplace'))
print repr(u.encode('ascii', 'backslashreplace')), repr(u.encode('latin-1', 'xmlcharrefreplace'))
print repr(s.decode('ascii', 'replace')), repr(s.decode('ascii', 'ignore'))
print repr('\xff\xfe'.decode('utf-8', 'replace')), repr('a\xe0\x80b'.decode('utf-8', 'ignore'))
for text, enc in [(u, 'ascii'), (u, 'latin-1'), (u'\U0001f600x', 'ascii')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print 'UnicodeEncodeError:', e, e.start, e.end, repr(e.object)
for data, enc in [(s, 'ascii'), ('\xed\xa0', 'utf-8'), ('ab\xf0\x9f\x98', 'utf8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError:', e, e.start, e.end, repr(e.reason)
print repr('\xed\xa0\x80'.decode('utf-8')), repr(u'\ud83d\ude00'.encode('utf-8'))
try:
    u.encode('ascii', 'no-such-handler')
except LookupError as e:
    print 'LookupError:', e
try:
    'abc'.encode('utf-8', 42)
except TypeError as e:
    print 'TypeError:', e
