# __repr__ versus __str__: print, str(), repr(), %s/%r, and inside containers (repr guarded against tracing itself).
busy = [False]
class P(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        if busy[0]:
            return 'P(...)'
        busy[0] = True
        text = 'P(%r)' % self.v
        busy[0] = False
        return text
    def __str__(self):
        return 'p=%s' % self.v
p = P('a')
print p
print str(p), repr(p), '%s %r' % (p, p)
print [p, P(1)]
class OnlyRepr(object):
    def __repr__(self):
        return '<only>'
print OnlyRepr(), str(OnlyRepr())
