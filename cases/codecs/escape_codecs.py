# The escape codecs: string_escape, unicode_escape and raw_unicode_escape, both ways.
s = 'a\'b"\\\n\t\x00\xff'
e = s.encode('string_escape')
print e, repr(e), e.decode('string_escape') == s
print repr('\\x41\\101\\7\\q\\\n'.decode('string_escape'))
print repr('\\x4'.decode('string_escape', 'replace')), repr('\\xg1'.decode('string_escape', 'ignore'))
for bad in ['\\x4', 'abc\\']:
    try:
        bad.decode('string_escape')
    except ValueError as e:
        print 'ValueError:', e
u = u'caf\xe9 \u20ac \U0001f600 \'"\\\n'
print u.encode('unicode_escape'), u.encode('raw_unicode_escape') == 'caf\xe9 \\u20ac \\U0001f600 \'"\\\n'
print repr('\\u20ac\\x41\\101\\U0001f600\\q\\\nz'.decode('unicode_escape'))
print repr('caf\xe9 \\u20ac \\\\u20ac \\U0001f600'.decode('raw_unicode_escape'))
for bad, enc in [('\\u12', 'unicode_escape'), ('x\\', 'unicode_escape'), ('\\U00110000', 'unicode_escape'),
                 ('\\xZZ', 'unicode_escape'), ('\\u12', 'raw_unicode_escape'), ('\\U00110000', 'raw_unicode_escape')]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError:', e
print repr('\\u12\\x4g!'.decode('unicode_escape', 'replace'))
print repr('a\\u12b'.decode('raw_unicode_escape', 'ignore'))
