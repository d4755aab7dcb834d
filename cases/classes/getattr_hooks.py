class Lazy(object):
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print 'getattr', name
        if name.startswith('x'):
            return name * 2
        raise AttributeError(name)

l = Lazy()
print l.real, l.xy
try:
    l.nope
except AttributeError as e:
    print 'AE', e
print hasattr(l, 'xq'), hasattr(l, 'q')
print getattr(l, 'zz', 'default')

class Logged(object):
    def __getattribute__(self, name):
        print 'getattribute', name
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print 'setattr', name, value
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print 'delattr', name
        object.__delattr__(self, name)
g = Logged()
g.a = 3
print g.a
del g.a
try:
    g.a
except AttributeError as e:
    print e
setattr(g, 'b', 4)
print getattr(g, 'b')
delattr(g, 'b')

class OldHook:
    def __getattr__(self, name):
        return 'old:' + name
    def __setattr__(self, name, value):
        print 'old setattr', name
        self.__dict__[name] = value
o = OldHook()
print o.thing
o.v = 1
print o.v, o.__dict__

class Slotted(object):
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
print s.a
try:
    s.c = 3
except AttributeError as e:
    print e
try:
    s.b
except AttributeError as e:
    print e
print Slotted.a
print hasattr(s, '__dict__')
