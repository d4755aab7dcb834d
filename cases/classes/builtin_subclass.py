class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.append(4)
print l, len(l), l.total(), l[1:3], type(l), isinstance(l, list)
print l + [5], type(l + [5])
l.extra = 'x'
print l.extra

class D(dict):
    def __missing_default(self):
        return 0
d = D(a=1)
d['b'] = 2
print sorted(d.items()), type(d), len(d)

class I(int):
    def double(self):
        return self * 2
i = I(21)
print i, i.double(), i + 1, type(i + 1), type(i), i == 21, hash(i) == hash(21)

class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hey')
print s, s.shout(), len(s), s + 'x', isinstance(s, basestring)

class T(tuple):
    pass
t = T((1, 2))
print t, t[0], type(t)

class Counter(object):
    def __init__(self):
        self.n = 0
    def __call__(self, k=1):
        self.n += k
        return self.n
c = Counter()
print c(), c(5), callable(c), callable(Counter), callable(3)

class MyList(list):
    def __init__(self, *args):
        print 'MyList init', args
        list.__init__(self, *args)
    def __getitem__(self, i):
        print 'getitem', i
        return list.__getitem__(self, i)
m = MyList('ab')
print m[0], m
