# Identifier-like string constants are interned; intern() returns the canonical object.
a = 'spam'
b = 'sp' + 'am'
print a is b
c = ''.join(['sp', 'am'])
print a == c, a is c, intern(c) is a
d = 'not an identifier!'
e = ''.join(['not an ', 'identifier!'])
print d == e, d is e, intern(e) is intern(d)
print 'xyz' is 'xyz', type(intern('q')).__name__
try:
    intern(u'x')
except TypeError as e:
    print 'TypeError:', e
