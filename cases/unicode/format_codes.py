# How the messages of str/unicode format and % show an unknown code or conversion byte or code point.
for t in ['{0!\xe9}', u'{0!\xe9}', '{0!\x01}', '{0:\xe9}', '{0:,\xe9}', u'{0:,\u20ac}', u'{0:\x01}', '{0:\x01}', '{0:,s}', u'{0:,s}']:
    try:
        print repr(t.format(1))
    except Exception as e:
        print repr(e)
for t in ['{0:\xe9}', u'{0:\u20ac}', u'{0:\x7f}', u'{0:,\u20ac}', u'{0:,\xe9}', '{0:,\xe9}']:
    for v in ['s', u's']:
        try:
            print repr(t.format(v))
        except Exception as e:
            print repr(e)
for t in ['%\xe9', u'%\xe9', u'%\x1f', u'%\x7f', '%\x01']:
    try:
        print repr(t % 1)
    except Exception as e:
        print repr(e)
