# The unicode() constructor on numbers, None, lists and unicode objects; isinstance with basestring.
print repr(unicode(42)), repr(unicode(1.5)), repr(unicode(None)), repr(unicode([u'\xe9']))
print repr(unicode(u'\u20ac')), repr(unicode()), type(u'').__name__
print isinstance(u'', basestring), isinstance('', basestring), isinstance(u'', str), issubclass(unicode, basestring)
