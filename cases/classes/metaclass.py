class Meta(type):
    def __new__(mcs, name, bases, d):
        print 'Meta.__new__', mcs.__name__, name, bases
        d['tag'] = name.lower()
        return type.__new__(mcs, name, bases, d)
    def __init__(cls, name, bases, d):
        print 'Meta.__init__', name
        super(Meta, cls).__init__(name, bases, d)
    def describe(cls):
        return 'class ' + cls.__name__

class Base(object):
    __metaclass__ = Meta
    def hello(self):
        return 'hi from ' + self.tag

class Child(Base):
    pass

print Base.tag, Child.tag, type(Base), type(Child)
print Child().hello(), Base.describe()
print isinstance(Child, Meta), isinstance(Child, type)

def factory(name, bases, d):
    print 'factory', name, sorted(d.keys())
    return 42
class Weird:
    __metaclass__ = factory
    x = 1
print Weird

X = Meta('X', (object,), {'a': 1})
print X.a, X.tag, X
