class Config(object):
    defaults = {'a': 1}
    count = 0
    def bump(self):
        Config.count += 1
        self.count = -1
        return Config.count

c = Config()
print c.bump(), c.bump(), Config.count, c.count
del c.count
print c.count
Config.newattr = 'added'
print c.newattr, hasattr(Config, 'newattr')
del Config.newattr
print hasattr(c, 'newattr')
try:
    del Config.nothing
except AttributeError as e:
    print e

class Outer(object):
    class Inner(object):
        x = 'inner'
    def make(self):
        return self.Inner()
print Outer.Inner, Outer().make().x, Outer.Inner.__name__

def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated(object):
    pass
print Decorated.decorated

class WithDoc:
    "old-style doc"
print WithDoc.__doc__, WithDoc.__module__

class Empty(object):
    pass
e = Empty()
e.__dict__['direct'] = 1
print e.direct, vars(e) if False else sorted(e.__dict__)
print Empty.__class__, Empty.__base__, object.__bases__
print type(None).__name__, type(type), type(object)

class A(object):
    x = 1
class B(A):
    pass
B.x = 2
print A.x, B.x, A().x, B().x
print getattr(B, '__name__'), B.__mro__
try:
    B.__name__.nope
except AttributeError as e:
    print e
try:
    object().attr = 1
except AttributeError as e:
    print e
