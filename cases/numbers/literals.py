# Numeric literal forms: octal, hex, binary, long suffix, exponents and imaginary.
print 0777, 0o17, 0x1F, 0XFF, 0b1010, 0B11, 017L, 0xffffffffffffffff
print 1e3, 1E-3, .5e1, 5., 3j, 1e2j, 0.j
print 00, 0L, -0x10, 2147483648, 9223372036854775807, 9223372036854775808
