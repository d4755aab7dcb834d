# strip/lstrip/rstrip with default whitespace, explicit characters and None.
s = ' \t\n xyhix \r\n'
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None))
print 'xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.lstrip('ba'), 'abc'.rstrip('cb')
print repr('   '.strip()), repr(''.strip('a')), 'aaa'.strip('a') == ''
