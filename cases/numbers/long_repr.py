# Long literals and their repr/str: the L suffix, negative longs, zero and hex/oct forms.
a = 12345678901234567890
print a, repr(a), str(a), `a`
print 0L, repr(0L), -1L, repr(-5L), [1L, 2L]
print hex(255L), oct(8L), hex(-a), long(3), long(-2.9)
print repr(2 ** 100), len(str(2 ** 100))
print type(1L).__name__, 1L == 1, hash(1L) == hash(1)
