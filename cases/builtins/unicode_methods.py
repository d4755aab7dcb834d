# unicode methods, str methods switching to unicode for unicode arguments, str+unicode coercion, unicode() decoding, encode('utf-8'), UnicodeError objects.
tests = [
    lambda: u'abc' + 'def', lambda: 'x' + u'y', lambda: u'a,b'.split(u','), lambda: u'-'.join(['a', u'b']), lambda: '-'.join([u'a', 'b']),
    lambda: u'hello'.replace(u'l', u'L'), lambda: u'a' == 'a', lambda: u'Ab'.upper(), lambda: u'AB'.lower(),
    lambda: u'h\xe9'.encode('utf-8'), lambda: u'\u20ac'.encode('UTF-8'), lambda: u'\U0001f600'.encode('utf-8'), lambda: u'\xe9' + '\xe9',
    lambda: u'a b  c '.split(), lambda: u' x '.strip(), lambda: u'abc'.find(u'c'), lambda: u'abc'.startswith('a'), lambda: unicode('abc'), lambda: unicode('\xe9', 'latin-1'),
    lambda: unicode('h\xc3\xa9', 'utf-8'), lambda: unicode('h\xe9', 'ascii', 'replace'), lambda: unicode('h\xe9', 'ascii', 'ignore'), lambda: unicode('\xe9'), lambda: unicode(5), lambda: unicode(),
    lambda: u'x'.center(5, u'*'), lambda: u'123'.isdigit(), lambda: u'abc'.isalpha(), lambda: str(u'abc'), lambda: u'a1'.isalnum(), lambda: u'  '.isspace(),
    lambda: 'abc' < u'abd', lambda: u'abcb'.count(u'b'), lambda: u'ab'.index(u'b'), lambda: u'AbC'.swapcase(), lambda: u'ab cd'.title(), lambda: u'abc'[1:], lambda: u'x' * 3,
    lambda: 'a,b,c'.split(u','), lambda: 'hello'.replace('l', u'L'), lambda: 'abc'.find(u'b'), lambda: 'abc'.startswith((u'x', 'a')), lambda: 'k=v'.partition(u'='), lambda: 'xxaxx'.strip(u'x'),
    lambda: u'a\xe9b'.upper(), lambda: u'StraSSe'.lower(), lambda: u'x y z'.rsplit(None, 1), lambda: u'a.b.c'.rsplit(u'.', 1), lambda: u'abc'.rfind(u'z'), lambda: u'-5'.zfill(4),
    lambda: u'ab'.ljust(4, u'.'), lambda: u'ab'.rjust(4), lambda: u'a-b'.rpartition(u'-'), lambda: u'Hello'.islower(), lambda: u'HELLO'.isupper(), lambda: u'hello world'.capitalize(),
    lambda: '-'.join([u'\xe9', '\xe9']), lambda: u','.join([1]), lambda: u'ab'.center(5, u'xy'), lambda: u'a'.split(u''),
]
for t in tests:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
for v in [u'\xe9', u'ab\u20ac', u'\U0001f600']:
    try:
        print str(v)
    except UnicodeEncodeError as e:
        print e, e.args, e.message == ''
