# Struct sequences (sys.version_info, sys.flags, sys.float_info, sys.long_info): their repr,
# tuple-like behaviour, read-only named fields, the type's constants and constructor.
import sys
v = sys.version_info
print v
print sys.flags
print sys.float_info
print sys.long_info
print type(v), type(v).__mro__, isinstance(v, tuple)
print type(v).major, type(sys.flags).debug
print v.major, v.minor, v.micro, v.releaselevel, v.serial
print v[0], v[-1], v[:2], v[1:], v[::2], v[::-1], v[10:20]
print len(v), list(v), tuple(v), 'final' in v, 3 in v, bool(v)
print v == (2, 7, 18, 'final', 0), v != (2, 7, 18, 'final', 0), v > (2, 6), v < (2, 8)
print (2, 6) < v, (2, 7, 18, 'final', 0) == v, v == v, v == [2, 7, 18, 'final', 0]
print v >= (2, 7), v <= (2, 7), cmp(v, (2, 7)), cmp((2, 7), v)
print hash(v) == hash(tuple(v)), {v: 1}[(2, 7, 18, 'final', 0)]
print v + (1,), v * 2, 2 * v, v * 0
print sorted([v, (2, 7), (3,), (2, 7, 18, 'final', 1)])
print '%s' % (v,), str(v), '%d.%d' % v[:2]
a, b, c, d, e = v
print a, b, c, d, e
for item in sys.long_info:
    print item,
print
print v.__reduce__()
print type(v).n_sequence_fields, type(v).n_fields, type(v).n_unnamed_fields
print sys.flags.n_sequence_fields, len(sys.flags), sys.flags[7], sys.flags.no_site
print sys.float_info.max, sys.float_info.epsilon, sys.float_info[6]
for attempt in [
    lambda: setattr(v, 'major', 3),
    lambda: setattr(v, 'foo', 3),
    lambda: delattr(v, 'minor'),
    lambda: v['a'],
    lambda: v[5],
    lambda: v[-6],
    lambda: v + [1],
    lambda: (1,) + v,
    lambda: v * 'x',
    lambda: type(v)((1, 2, 3, 4, 5)),
    lambda: type(sys.flags)(range(16)),
    lambda: '%d.%d' % v,
]:
    try:
        print attempt()
    except Exception, e:
        print type(e).__name__, e
fi = type(sys.float_info)
print fi(range(11))
print fi(range(11), {})
print fi(sequence=range(10, 21))
li = type(sys.long_info)
print li('ab'), li([1, 2]).sizeof_digit, li((1, 2)) == (1, 2)
for args in [(range(3),), (3,), (range(11), 5), (), (range(11), {}, 1)]:
    try:
        print fi(*args)
    except TypeError, e:
        print 'TypeError:', e
try:
    fi(range(11), dictx={})
except TypeError, e:
    print 'TypeError:', e
print dir(v)
print type(sys.flags).__doc__
print fi.__new__(fi, range(11)).dig
for args in [(), (3,), (fi, range(11))]:
    try:
        type(v).__new__(*args)
    except TypeError, e:
        print 'TypeError:', e
try:
    class Derived(type(v)):
        pass
except TypeError, e:
    print 'TypeError:', e
# structseq_repr stops with '...' where its 512-byte buffer would overflow.
print fi(['x' * 60] * 11)
print fi(['y' * 40] * 11)
print li([li((1, 2)), fi(range(11))])
