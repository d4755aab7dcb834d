# UTF-16 and UTF-32: byte order marks, fixed byte orders, surrogate pairs and their errors.
u = u'a\xe9\u20ac\U0001f600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf_32_be', 'UTF16']:
    data = u.encode(enc)
    print enc, repr(data), data.decode(enc) == u
print repr('\xfe\xff\x00a'.decode('utf-16')), repr('\xff\xfea\x00'.decode('utf-16'))
print repr('\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')), repr('a\x00'.decode('utf-16'))
for data, enc in [('a\x00b', 'utf-16-le'), ('\x00\xd8', 'utf-16-le'), ('\x00\xdc\x00\x00', 'utf-16-le'),
                  ('\x00\xd8a\x00', 'utf-16-le'), ('\x00\x00\x11\x00', 'utf-32-le'), ('abc', 'utf-32')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print 'UnicodeDecodeError:', e
print repr('a\x00b'.decode('utf-16-le', 'replace')), repr('a\x00\x00\xdcb\x00'.decode('utf-16-le', 'ignore'))
import codecs
print codecs.utf_16_ex_decode('\xfe\xff\x00a\x00'), codecs.utf_16_le_decode('a\x00b')
print codecs.utf_32_ex_decode('a\x00\x00\x00', 'strict', -1, True)
dec = codecs.getincrementaldecoder('utf-16')()
print repr(dec.decode('\xff\xfea')), repr(dec.decode('\x00b')), repr(dec.decode('\x00', True))
