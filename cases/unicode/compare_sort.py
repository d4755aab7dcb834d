# Comparing and sorting unicode by code point, mixed with ASCII str, and as dict keys.
words = [u'\xe9t\xe9', u'zebra', u'apple', 'banana', u'\u20ac', u'Z']
print repr(sorted(words))
print u'\xe9' > u'z', u'a' == 'a', cmp(u'b', 'a')
d = {u'\xe9': 1, 'e': 2}
print repr(sorted(d.items()))
