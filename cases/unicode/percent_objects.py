# % formatting of objects with unusual __str__/__unicode__/__rmod__, and unicode() of them.
class IntStr(object):
    def __str__(self):
        return 5
class OldIntStr:
    def __str__(self):
        return 5
class BadUni(object):
    def __unicode__(self):
        return 5
class SubU(unicode):
    pass
class SubUU(unicode):
    def __unicode__(self):
        return u'custom'
class SubS(str):
    def __str__(self):
        return u'\u20ac'
class MyErr(Exception):
    def __str__(self):
        return 'my-str'
class Getattr:
    def __getattr__(self, name):
        print 'getattr', name
        raise AttributeError(name)
cases = [
    (u'%s', '\xe9'), (u'%s', IntStr()), ('%s', IntStr()), (u'%s', OldIntStr()), ('%s', OldIntStr()),
    (u'%s', BadUni()), (u'%s', SubU(u'\xe9x')), (u'%s', SubUU(u'x')), ('%s', SubU(u'ab')), ('%s', SubS('q')),
    (u'%s', SubS('q')), (u'%s', None), (u'%s', 1.5), (u'%s', [u'\xe9']), (u'%s', MyErr()), (u'%s', KeyError(u'k')),
    (u'%s', ValueError()), (u'%s', ValueError(1, u'\xe9')), (u'%s', Getattr()), (u'%r', SubU(u'x')),
    (u'%s', (u'\xe9',)), (u'%s', {}), ('%s%s', (u'a', IntStr())), (u'%5.1s|', u'\u20acxyz'), (u'%-3c|', 0x20ac),
    ('%d %s', (5, SubU(u'z'))), ('x' * 3 + '%c', 0xe9), ('%c', 256), ('%c', u'ab'),
    (u'%x %o %X', (2 ** 70, -2 ** 65, 255L)), (u'%#o %#x %.5d', (0, 0, -3)), (u'%.3s', 1.23456), (u'%s', True),
    (u'%(a)s%(a)s', {'a': IntStr()}), ('%(a)s%(b)s', {'a': 'x', 'b': SubS('y')}),
]
for template, args in cases:
    try:
        print repr(template % args)
    except Exception as e:
        print type(e).__name__, e
for obj in [IntStr(), BadUni(), SubU(u'a'), SubUU(u'a'), SubS('s'), MyErr(), KeyError(u'\xe9'), Getattr(), 3, None]:
    try:
        r = unicode(obj)
        print repr(r), type(r).__name__
    except Exception as e:
        print type(e).__name__, e
class RS(str):
    def __rmod__(self, o): return 'rmod'
class RU(unicode):
    def __rmod__(self, o): return 'rmod'
class N(object):
    def __rmod__(self, o): return 'rmod'
class Old:
    def __rmod__(self, o): return 'rmod'
print repr(('%s' % N())[:7]), repr((u'%s' % N())[:7]), repr(('%s' % Old())[:7]), repr((u'%s' % Old())[:7])
print 5 % N(), 5 % Old()
print repr('%s' % RS('x')), repr(u'%s' % RU(u'x')), repr(u'%s' % RS('x')), repr('%s' % RU(u'x'))
a = '%s'
a %= RS('x')
print repr(a)
