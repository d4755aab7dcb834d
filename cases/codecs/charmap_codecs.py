# Code pages of the encodings package: charmap decoding and encoding through their tables.
s = 'caf\xe9 \x80 \x9c'
u = s.decode('cp1252')
print repr(u), repr(u.encode('cp1252'))
print repr('\x81'.decode('cp1252', 'replace')), repr(u'\u0100'.encode('cp1252', 'replace'))
print repr('\xa4'.decode('iso8859-15')), repr(u'\u20ac'.encode('latin9'))
print repr('Hello'.encode('rot13')), repr(u'Uryyb'.encode('rot_13'))
try:
    '\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print 'UnicodeDecodeError:', e
try:
    u'\u0100x\u0101'.encode('cp1252')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e, e.start, e.end
import codecs
print repr(codecs.charmap_decode('abc', 'replace', {97: u'x', 98: None, 99: 0x263a}))
print repr(codecs.charmap_encode(u'ab', 'ignore', {97: 'A'}))
print repr(codecs.charmap_decode('abc', 'replace', u'AB'))
import encodings.cp1252, encodings.cp437
print encodings.cp1252.encoding_table.size(), type(encodings.cp437.encoding_map)
try:
    codecs.charmap_build(u'abc')
except TypeError as e:
    print 'TypeError:', e
table = codecs.charmap_build(u'\x00\U0001f600' + u'x' * 254)
print type(table), table[0x1f600], table[120]
print repr(u'\xe9\u2500'.encode('cp437')), repr('\x82\xc4'.decode('cp437'))
