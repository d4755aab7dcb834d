# sys.getsizeof: each built-in type's size on a 64-bit build, the collector's header for
# tracked objects, a class's own __sizeof__, and the default for objects without a size.
import sys
class New(object):
    pass
class Slotted(object):
    __slots__ = ('x', 'y')
class Old:
    pass
class Sub(list):
    pass
class IntSub(int):
    pass
class StrSub(str):
    pass
class TupleSub(tuple):
    pass
class DictSub(dict):
    pass
class Err(Exception):
    pass
class EmptySlots(int):
    __slots__ = ()
def function():
    pass
def generator():
    yield 1
values = [
    None, True, 0, 1, -1, 2 ** 62, 0L, 1L, 2 ** 30, 2 ** 60, 2 ** 90, -2 ** 90, 10 ** 100,
    1.5, 1j, '', 'a', 'abc', 'x' * 100, u'', u'a', u'abc', (), (1,), (1, 2, 3),
    [], [1], [1, 2, 3], range(10), {}, {1: 2}, dict.fromkeys(range(6)),
    dict.fromkeys(range(10)), set(), set([1]), set(range(10)), frozenset(),
    frozenset(range(10)), New(), Slotted(), Old(), Sub(), IntSub(5), StrSub('ab'),
    TupleSub((1, 2)), DictSub(), Err(), EmptySlots(), Exception('x'), SystemExit(),
    IOError(), SyntaxError(), KeyError(), UnicodeDecodeError('a', 'b', 1, 2, 'c'),
    function, generator(), len, [].append, list.append, xrange(5), slice(1, 2),
    iter([]), iter(()), iter(''), iter(set()), iter(xrange(3)), iter({}),
    enumerate([]), reversed([]), sys, sys.stdout, function.func_code, type, int, New,
    Old, property(), staticmethod(function),
    classmethod(function), super(New), object(), NotImplemented, Ellipsis,
    {}.viewkeys(), New.__dict__, sys.version_info, sys.flags, sys.float_info,
    sys.long_info, Old.__init__ if hasattr(Old, '__init__') else 0,
]
for value in values:
    print type(value).__name__, sys.getsizeof(value)
print sys.getsizeof(1, 5), sys.getsizeof(object=1), sys.getsizeof([], default=0)
print [].__sizeof__(), (1, 2).__sizeof__(), 'abc'.__sizeof__(), New().__sizeof__()
class Sized(object):
    def __sizeof__(self):
        return 10
class Negative(object):
    def __sizeof__(self):
        return -1
class Text(object):
    def __sizeof__(self):
        return 'a'
class Truncated(object):
    def __sizeof__(self):
        return 12.7
class OldSized:
    def __sizeof__(self):
        return 10
print sys.getsizeof(Sized()), sys.getsizeof(Truncated()), sys.getsizeof(OldSized())
for cls in (Negative, Text):
    try:
        print sys.getsizeof(cls())
    except Exception, e:
        print type(e).__name__, e
print sys.getsizeof(Text(), 7)
try:
    sys.getsizeof(Negative(), 7)
except ValueError, e:
    print 'ValueError:', e
for args in [(), (1, 2, 3)]:
    try:
        sys.getsizeof(*args)
    except TypeError, e:
        print 'TypeError:', e
