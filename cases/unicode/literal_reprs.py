# Unicode literal reprs: Latin-1, BMP and astral characters, escapes and quotes (UCS-4 build).
import sys
print sys.maxunicode
print repr(u'\xe9'), repr(u'\u20ac'), repr(u'\U0001f600'), repr(u''), repr(u"it's")
print repr(u'\t\n\x00\x7f\x80\xff'), repr(u'\u0100\uffff'), repr(u'a"b\'c'), repr(u'\\')
print len(u'\U0001f600'), len(u'\u20ac'), [u'x', u'\xe9'], (u'\u2603',)
