# Complex arithmetic, repr, attributes, conjugate and abs.
a = 3 + 4j
b = 1 - 2j
print a, b, a + b, a - b, a * b, a / b
print abs(a), a.real, a.imag, a.conjugate(), -a, +a
print 1j * 1j, 2j, 0j, complex(1, 0), complex(-0.0, -1), repr(1.5j)
print a == complex(3, 4), a != b, a ** 2, (1 + 1j) ** 0
print complex('1+2j'), complex(2), 1j + 1L, 1j * True
