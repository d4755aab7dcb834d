# `%` formatting of unicode templates, and str templates handing over to unicode formatting.
class Both(object):
    def __unicode__(self):
        return u'\u20ac-unicode'
    def __str__(self):
        return 'str'
    def __repr__(self):
        return 'Both()'
class UnicodeStr(object):
    def __str__(self):
        return u'\xe9-from-str'
class Classic:
    def __unicode__(self):
        return 'classic'
class Mapping(object):
    def __getitem__(self, key):
        return u'<%r>' % (key,)
b, s, c, m = Both(), UnicodeStr(), Classic(), Mapping()
t = u'[%s|%r|%8s|%-8.3s|%.2r]'
print repr(t % (b, b, c, s, u'\u20ac'))
w = u'%*s|%-*s|%.*s|%*.*f|%0*d'
print repr(w % (5, u'\xe9', 4, u'ab', 2, u'\u20acxyz', 8, 2, 3.14159, 5, -42))
n = u'%d|%i|%u|%5o|%#x|%#X|%+d|% d|%e|%E|%g|%G|%F|%%|%5%'
print repr(n % (7, 8.9, -3, 8, 255, 255, 5, 5, 12345.678, 0.5, 1e-5, 1e20, 2.5))
ch = u'%c%c%c%c'
print repr(ch % (0x41, 0xe9, u'\u20ac', 'z')), repr(ch % (66.9, 0x10ffff, 'a', u'b'))
print repr(u'%(a)s and %(b)5s' % {'a': u'\xe9', u'b': 7}), repr(u'%(x)s|%(y)r' % m)
# A str template turns unicode from the first unicode argument on; `__str__` runs again.
f = 'ab %s|%s|%5.2f|%s'
print repr(f % (1, s, 2.0, u'\xe9'))
print repr('%s then %s' % (b, u'u')), repr('%c!' % u'\u0101'), repr('%(x)s-%(y)s' % m)
print repr('%*s|%s' % (3, 'x', u'y')), repr('%-4s|%r|%s' % ('a', u'\xe9', u'z'))
errors = [
    (u'%c', 0x110000), (u'%c', -1), (u'%c', 'ab'), (u'%c', '\xe9'), (u'%c', 2 ** 70),
    (u'%f', 'x'), (u'%f', 10 ** 400), (u'%d', u'x'), (u'%\u20ac', 1), (u'%y', 1), (u'%s %s', 1),
    (u'%s', (1, 2)), (u'%(k)s', 1), (u'%(k', {}), (u'%', 1), (u'%.117d', 1), (u'%*d', ('a', 1)),
    ('\xe9%s', u'x'), ('%s\xe9', u'x'), ('%s %s', (u'x',)), ('%s', (s, 1)),
]
for template, args in errors:
    try:
        print repr(template % args)
    except Exception as e:
        print type(e).__name__, e
print repr(unicode(b)), repr(unicode(c)), repr(unicode(s)), repr(unicode(ValueError(u'\xe9')))
