# print of deques and defaultdicts (their tp_print) inside other containers, nested in each
# other, with items whose __repr__ runs Python code, and to a file-like object; str() and
# the iterators' next method.
from _collections import deque, defaultdict
import sys

class Loud(object):
    def __repr__(self):
        print 'repr called'
        return 'Loud()'

d = deque([1, 'a', Loud()], maxlen=5)
print d
print [d, (d,), {1: d}]
print deque([deque([1]), defaultdict(list, {2: deque()})])
print str(d), '%s %r' % (d, d)
dd = defaultdict(Loud, {1: Loud()})
print dd
print [dd]
print >>sys.stdout, d, dd

class Sink(object):
    def write(self, s):
        sys.stdout.write('<' + s + '>')
print >>Sink(), d, dd
print
it = iter(deque('xy'))
print it.next(), next(it)
try:
    it.next()
except StopIteration:
    print 'stop'
rit = reversed(deque('xy'))
print rit.next(), list(rit), type(rit), type(it)
class Rev(deque):
    def __reversed__(self):
        print 'Rev.__reversed__'
        return iter([0])
print list(reversed(Rev([1, 2])))
