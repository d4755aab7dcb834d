# unicode.splitlines breaks at the line break characters of the 2.7 database; str only at CR and LF.
texts = [u'a\nb\r\nc\rd', u'one\u2028two\u2029three\x85four\x1cfive\x1dsix\x1eseven\x0bx\x0cy', u'end\n', u'', u'\r\n\r\n', u'no break']
for t in texts:
    print repr(t.splitlines()), repr(t.splitlines(True)), repr(t.splitlines(0))
print repr('a\x1cb\nc'.splitlines()), repr('x\r\ny'.splitlines(1))
try:
    u'x'.splitlines('a')
except TypeError as e:
    print e
