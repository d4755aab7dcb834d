import types
import __builtin__

def f():
    pass

class Old:
    def m(self):
        pass

def gen():
    yield 1

def cell_of():
    x = 1
    return (lambda: x).func_closure[0]

builtin_types = [
    object, type, int, bool, long, float, complex, basestring, str, unicode, tuple, list,
    dict, set, frozenset, type(None), type(NotImplemented), type(Ellipsis), slice, xrange,
    enumerate, reversed, types.FunctionType, types.BuiltinFunctionType, types.ModuleType,
    types.MethodType, types.CodeType, types.FrameType, types.TracebackType, file, property,
    classmethod, staticmethod, super, types.DictProxyType, type(cell_of()),
    types.GeneratorType, types.GetSetDescriptorType, types.MemberDescriptorType,
    type(int.__add__), type(list.append), type(Old), type(Old()),
]
exception_types = [v for v in vars(__builtin__).values()
                   if isinstance(v, type) and issubclass(v, BaseException)]
exception_types.sort(key=lambda t: t.__name__)
for t in builtin_types + exception_types:
    print t.__name__, sorted(t.__dict__)
    print t.__dict__
