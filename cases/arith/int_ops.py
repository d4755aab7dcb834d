# Integer arithmetic: floor division and modulo follow the sign of the divisor.
a = 17
b = 5
print a + b, a - b, a * b, a / b, a % b
print -a / b, -a % b
print a / -b, a % -b
print -a / -b, -a % -b
print a // b, -a // b, a // -b
print 7 / 2, -7 / 2, 7.0 / 2, 7 / 2.0
print 2 ** 10, 2 ** 0, (-3) ** 3
print -a, +a, ~a
x = 0
for i in range(1, 8):
    x = x * 3 + i % 4 - i // 3
    print x,
print
print 0 % 7, 6 % 3, -6 % 3
