# Error handlers registered from Python: called with the exception, their (replacement,
# position) results, and the checks on them.
import codecs

def question(exc):
    print 'handler got', type(exc).__name__, exc.start, exc.end, repr(exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return (u'<' + unicode(exc.start) + u'>', exc.end)
    return (u'?', exc.end)

codecs.register_error('question', question)
print codecs.lookup_error('question') is question
print repr(u'a\xe9\xe8b'.encode('ascii', 'question'))
print repr('a\xffb'.decode('ascii', 'question'))
print repr('ab\xc3'.decode('utf-8', 'question'))

def from_end(exc):
    return (u'~', -2)
codecs.register_error('from_end', from_end)
print repr('a\xffbc'.decode('ascii', 'from_end'))

def bad_result(exc):
    return 'not a tuple'
codecs.register_error('bad_result', bad_result)
for call in [lambda: u'\xe9'.encode('ascii', 'bad_result'),
             lambda: '\xe9'.decode('ascii', 'bad_result')]:
    try:
        call()
    except TypeError as e:
        print 'TypeError:', e

def far(exc):
    return (u'', 100)
codecs.register_error('far', far)
try:
    u'\xe9'.encode('ascii', 'far')
except IndexError as e:
    print 'IndexError:', e

def unencodable(exc):
    return (u'\xff', exc.end)
codecs.register_error('unencodable', unencodable)
try:
    u'a\u20acb'.encode('ascii', 'unencodable')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
try:
    codecs.register_error('x', 42)
except TypeError as e:
    print 'TypeError:', e
try:
    codecs.lookup_error('replace')(ValueError('x'))
except TypeError as e:
    print 'TypeError:', e
print codecs.lookup_error('ignore')(UnicodeDecodeError('ascii', 'ab', 0, 1, 'r'))
print codecs.lookup_error('replace')(UnicodeEncodeError('ascii', u'abc', 1, 3, 'r'))
print codecs.lookup_error('backslashreplace')(UnicodeEncodeError('ascii', u'\u1234\xff', 0, 2, 'r'))
