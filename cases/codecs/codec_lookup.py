# The codec registry: lookups by normalized name, the codec info's fields, unknown names.
import codecs
info = codecs.lookup('latin-1')
print info.name, info.encode, info.decode
print codecs.lookup('UTF8').name, codecs.lookup('Latin 1').name, codecs.lookup('ascii').name
print codecs.lookup('utf-8') is codecs.lookup('UTF-8')
for name in ['no-such-codec', 'x y', '']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print 'LookupError:', e
try:
    'abc'.decode('bogus')
except LookupError as e:
    print 'LookupError:', e
try:
    u'abc'.encode('bogus', 'strict')
except LookupError as e:
    print 'LookupError:', e
try:
    codecs.lookup(42)
except TypeError as e:
    print 'TypeError:', e
print codecs.lookup_error('strict'), codecs.lookup_error('replace')
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print 'LookupError:', e
