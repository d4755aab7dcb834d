# A metaclass that records classes and adds an attribute at class creation time.
registry = []
class Registered(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        cls = type.__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls
class Plugin(object):
    __metaclass__ = Registered
class Audio(Plugin):
    pass
print registry, Audio.tag, Plugin.tag, type(Audio).__name__
NewCls = type('NewCls', (object,), {'x': 5})
print NewCls.x, NewCls.__name__
