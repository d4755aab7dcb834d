# Encoding unicode to UTF-8 bytes (one to four bytes per character) and decoding back.
for u in [u'a', u'\xe9', u'\u20ac', u'\U0001f600', u'h\xe9llo \u20ac']:
    b = u.encode('utf-8')
    print repr(b), len(b), repr(unicode(b, 'utf-8')) == repr(u)
print repr(str(u'plain ascii')), repr(unicode('plain'))
