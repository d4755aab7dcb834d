# repr() escapes: \t \n \r, other control bytes as \x.., DEL and high bytes, printable ASCII kept.
print repr('\t\n\r'), repr('\x00\x01\x1f'), repr('\x7f\x80\xff'), repr('~ !')
print repr('caf\xc3\xa9'), repr(chr(0) + chr(127) + chr(200)), repr('\a\b\f\v')
print str('\x41\x42'), repr('\\n'), ['\n', '\xe9'], ('\t',)
