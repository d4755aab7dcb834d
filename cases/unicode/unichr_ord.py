# unichr() and ord() across the full code point range and their errors.
print repr(unichr(65)), repr(unichr(0xe9)), repr(unichr(0x20ac)), repr(unichr(0x1f600)), repr(unichr(0x10ffff))
print ord(u'A'), ord(u'\xe9'), ord(u'\u20ac'), ord(u'\U0001f600'), ord(u'\U0010ffff')
try:
    unichr(0x110000)
except ValueError as e:
    print 'ValueError:', e
try:
    ord(u'ab')
except TypeError as e:
    print 'TypeError:', e
