# partition/rpartition, splitlines with keepends, and expandtabs with tab sizes.
print 'k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x')
print 'a\nb\r\nc\rd\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), 'x'.splitlines()
print repr('a\tbc\td'.expandtabs()), repr('a\tb'.expandtabs(2)), repr('\t'.expandtabs(0)), repr('ab\n\tc'.expandtabs(4))
try:
    'a'.partition('')
except ValueError as e:
    print 'ValueError:', e
