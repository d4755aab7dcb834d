# Long arithmetic: +, -, *, /, //, %, ** with mixed signs and sizes.
a = 2 ** 80 + 12345
b = -(3 ** 40)
print a + b, a - b, a * b
print a / 7, b / 7, a // -7, b % 7, a % -7
print divmod(a, 10 ** 9), divmod(b, 10 ** 9)
print a ** 2, (-b) ** 3 % 1000
print 2 ** 64 - 2 ** 64, type(2 ** 64 - 2 ** 64).__name__
