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
