# A new-style class with a classic (old-style) mixin among its bases: attribute lookup on the
# MRO searches the classic class's own dict, for methods, class attributes and overrides.
class Named:
    kind = 'thing'
    def describe(self):
        return '%s %s' % (self.kind, self.name())
    def name(self):
        return 'unnamed'

class Base(object):
    def name(self):
        return type(self).__name__.lower()

class Widget(Base, Named):
    kind = 'widget'

class Gadget(Named, Base):
    pass

print Widget.__mro__[:3], Gadget.__mro__[1:]
print Widget().describe(), Gadget().describe(), Widget.kind, Gadget.kind
print Widget.describe, hasattr(Gadget, 'name'), getattr(Widget(), 'missing', 'none')
Named.extra = 42
print Widget().extra, Gadget.extra
