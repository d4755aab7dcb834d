# Indexing, slicing and iterating unicode strings, including astral characters as one code point.
u = u'a\xe9\u20ac\U0001f600z'
print len(u), repr(u[1]), repr(u[-2]), repr(u[1:4]), repr(u[::-1]), repr(u[::2])
for c in u:
    print ord(c),
print
print repr(list(u[:3])), repr(u'' in u), repr(u'\u20ac' in u)
try:
    u[10]
except IndexError as e:
    print 'IndexError:', e
