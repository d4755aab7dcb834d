class Key(object):
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print 'eq', self.k, getattr(other, 'k', other)
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        print 'hash', self.k
        return hash(self.k)
a, b = Key(1), Key(1)
print a == b, a != b, a is b
d = {a: 'one'}
print d[a]
s = set([a])
print a in s

class Ordered(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print 'lt', self.v, other.v
        return self.v < other.v
    def __str__(self):
        return 'O%d' % self.v
xs = [Ordered(3), Ordered(1), Ordered(2)]
print [str(x) for x in sorted(xs)]
print Ordered(1) < Ordered(2), Ordered(5) > Ordered(2)

class C(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        print 'cmp', self.v
        return cmp(self.v, other.v)
print C(1) < C(2), C(2) == C(2), C(3) >= C(4), cmp(C(1), C(0))

class Old:
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
print Old(1) < Old(2), Old(1) == Old(1), max(Old(1), Old(3)).v

class Plain(object):
    pass
p, q = Plain(), Plain()
print p == p, p == q, p != q

class Sub(Ordered):
    def __gt__(self, other):
        print 'Sub gt'
        return True
print Ordered(1) < Sub(0)
