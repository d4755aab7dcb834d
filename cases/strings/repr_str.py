# str() versus repr() of strings with quotes and escapes.
s = "it's"
print s, str(s), repr(s)
t = 'say "hi"'
print t, repr(t)
both = 'it\'s "both"'
print both, repr(both)
esc = 'tab\there\nnewline\\back\x00nul\x7f\xff'
print repr(esc)
print repr('\r\x1b[0m'), repr('\'')
print [s, t, 'plain'], ('a',), {'k': 'v\n'}
print repr(''), str(''), repr(repr('x'))
print `1 + 2`, `'q'`
