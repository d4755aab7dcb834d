# upper/lower/swapcase/title/capitalize and the is* predicates, including empty strings.
s = "hello wORLD it's 2nd"
print s.upper(), s.lower(), s.swapcase()
print s.title(), s.capitalize(), 'ABC'.capitalize()
print 'Abc'.istitle(), 'ABC'.isupper(), 'abc1'.islower(), ''.isupper(), ''.isalpha()
print '123'.isdigit(), '12a'.isalnum(), ' \t'.isspace(), ''.isspace(), 'Hello World'.istitle()
