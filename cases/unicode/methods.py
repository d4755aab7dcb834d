# Unicode methods: case mapping beyond ASCII, split/strip/replace/find and the is* predicates.
u = u'  H\xe9llo W\xf6rld \u20ac  '
print repr(u.strip()), repr(u.upper()), repr(u.lower()), repr(u.swapcase())
print repr(u.split()), repr(u.strip().replace(u'l', u'L')), u.find(u'\xf6'), u.count(u'l')
print repr(u'\xdf'.upper()), repr(u'\u0130'.lower()), repr(u'abc'.title()), repr(u'x'.center(5, u'\xb7'))
print u'\u0661\u0662'.isdigit(), u'\u0661'.isnumeric(), u'\xe9'.isalpha(), u'\u2003'.isspace(), u'\xbd'.isdecimal()
