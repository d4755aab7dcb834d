# Case mapping and character classes by Python 2.7's Unicode database (5.2), beyond ASCII.
words = [u'\xc0\xe9\xee\xf5\xfc\xff', u'\u0130stanbul', u'\u0131i', u'stra\xdfe', u'\u01c4ungla \u01c5ungla \u01c6ungla',
         u'\u03a3\u03c3\u03c2 \u0386\u03ac', u'\u0416\u0436 \u0401\u0451', u'\u10d0\u10a0', u'\u1f88\u1f80', u'\u2160\u2170 \u24b6\u24d0',
         u'\uff21\uff41', u'\U00010400\U00010428', u'\u0250\u2c6f \u1d79\ua77d', u'\u1e9e\u212a\u2126']
for w in words:
    print repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.swapcase()), repr(w.capitalize())
    print w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum()
chars = u'\xaa\xb2\xb5\xbd\u0660\u0669\u06f5\u0bf1\u19da\u2003\u200b\u2028\u3000\u2155\u216b\u3007\u4e00\u0300\u0345\x1c\x85\xa0\u1680\u180e'
for ch in chars:
    print repr(ch), ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.islower(), ch.isupper(), ch.istitle()
print repr(u' \u2003a\u3000b\x1cc\x85 '.split()), repr(u'\u2003\xa0x\u3000'.strip())
for text in [u'\u0661\u0662', u'\u2003 5 ', u'\uff11\uff10', u'\u0966.5', u'12\xe9', u'1\u20ac\u20acx2', u'1\x002']:
    for convert in (int, long, float):
        try:
            print repr(convert(text)),
        except Exception as e:
            print type(e).__name__, e,
    print
print int(u'\u0661f', 16), long(u'\u0967\u0966', 2)
