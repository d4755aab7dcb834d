# A codec hands the handler the same exception object at each error, with start, end and
# reason updated and the arguments left as they were created.
import codecs

seen = []
def keep(exc):
    seen.append(exc)
    print exc.start, exc.end
    return (u'?', exc.end)

codecs.register_error('keep', keep)
print repr(u'a\xe9b\u20ac'.encode('ascii', 'keep'))
print seen[0] is seen[1], seen[1].start, str(seen[1])
del seen[:]
print repr('a\xffb\xfe\xfd'.decode('utf-8', 'keep'))
print len(seen), seen[0] is seen[-1], seen[-1].start, seen[-1].end, seen[-1].reason
print repr(seen[-1]), seen[-1].args[2:4]

def then_unencodable(exc):
    return (u'\u20ac', exc.end)
codecs.register_error('then_unencodable', then_unencodable)
try:
    u'\xe9\xe8x'.encode('ascii', 'then_unencodable')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e, e.start, e.end, e.args[2:4]
