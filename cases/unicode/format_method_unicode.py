# unicode.format and format() with unicode specs: fields, conversions, fills and errors.
class Both(object):
    def __unicode__(self):
        return u'\u20acU'
    def __str__(self):
        return 'S'
    def __repr__(self):
        return 'R'
class Holder(object):
    attr = u'\xe9'
b = Both()
t = u'{0}|{0!s}|{0!r}|{1:>5}|{2:\xb7^7}|{3:+08.2f}|{4:#x}|{k}|{h.attr}|{5[key]}|{6[1]}'
print repr(t.format(b, 'ab', u'\u20ac', 3.14159, 255, {'key': u'\u0101'}, [0, u'one'], k=u'\xe9', h=Holder()))
print repr(u'{:*<6}|{:>{w}}|{:^{w}.{p}}|{{}}'.format(u'\xe9', u'ab', u'\u20acxyz', w=6, p=2))
print repr(u'{0:,}|{1:.3%}|{2:e}|{3!r:>8}'.format(1234567, 0.25, 1e10, u'\xe9'))
print repr('{0}|{0!s}|{1:>4}'.format(b, 'ab'))
print repr(format(u'\xe9', u'^5')), repr(format(12, u'05d')), repr(format(b, u'>4')), repr(format(1.5, u''))
print repr(format(None, u'')), repr(format([u'\xe9'], u'')), repr(format(u'x', '3'))
errors = [
    (u'{0:\u20ac}', (1,)), (u'{0:\xe9>5}', (1,)), (u'{0!\u20ac}', (1,)), (u'{0!x}', (1,)),
    (u'{0:d}', (u'x',)), (u'{x}', ()), (u'{0.\xe9}', (b,)), ('{0}', (u'\xe9',)), (u'{', ()),
    (u'}', ()), (u'{0:=5}', (u'x',)), (u'{0:+}', (u'x',)), (u'{}{1}', (1, 2)), (u'{2}', (1,)),
]
for template, args in errors:
    try:
        print repr(template.format(*args))
    except Exception as e:
        print type(e).__name__, e
