# The codecs module's own functions: encode, decode, and the codec classes of a lookup.
import codecs
print repr(codecs.encode(u'caf\xe9', 'utf-8')), repr(codecs.decode('caf\xc3\xa9', 'utf-8'))
print repr(codecs.encode(u'abc')), repr(codecs.decode('abc'))
print repr(codecs.latin_1_encode(u'\xe9')), repr(codecs.utf_8_decode('\xc3\xa9\xc3', 'strict'))
print repr(codecs.utf_8_decode('\xc3\xa9\xc3', 'strict', True)) if False else 0
print repr(codecs.ascii_decode('abc')), repr(codecs.utf_8_encode(u'\u20ac'))
enc = codecs.getencoder('latin-1')
print repr(enc(u'x\xff'))
dec = codecs.getincrementaldecoder('utf-8')()
print repr(dec.decode('\xc3')), repr(dec.decode('\xa9!'))
print codecs.BOM_UTF8 == '\xef\xbb\xbf'
try:
    codecs.utf_8_decode(42)
except TypeError as e:
    print 'TypeError:', e
try:
    codecs.ascii_encode(u'x', 42)
except TypeError as e:
    print 'TypeError:', e
