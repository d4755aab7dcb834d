# Float arithmetic and float repr/str.
print 0.1 + 0.2
print repr(0.1 + 0.2)
print 1e16, repr(1e16), 1e15, repr(1e15)
print 1e22, 1.5e-7, 123456789.0, 0.000123
print -0.0, repr(-0.0), 0.0 == -0.0
print 1.0 / 3, repr(1.0 / 3), str(1.0 / 3)
print 2.0 ** 0.5, 10.0 / 4, 7.5 // 2, 7.5 % 2, -7.5 % 2
print float(3), float('2.5'), int(3.99), int(-3.99), long(2.5e20)
print round(2.5), round(-2.5), round(3.14159, 2), round(1234.5, -2)
print 3 * 1.1, repr(3 * 1.1), 1.1 + 2.2
print [0.5, 1.0 / 7, 100.0], (1e100,)
print 1e300 * 1e10, -1e300 * 1e10
print 5 / 2.0, 2 ** -1, 1 / 2.0 == 0.5
total = 0.0
for i in range(10):
    total += 0.1
print total, repr(total), total == 1.0
print abs(-2.25), max(1.5, 2), min(-0.5, 0)
