# Int results that overflow a machine word become longs; longs print with L in repr.
big = 2 ** 62
print big, type(big).__name__
print big * 2, repr(big * 2)
print 2 ** 63 - 1, type(2 ** 63 - 1).__name__
m = 9223372036854775807
print m + 1, repr(m + 1)
print -m - 1, type(-m - 1).__name__, -m - 2
print 10 ** 20, 10 ** 20 / 7, 10 ** 20 % 7, -(10 ** 20) // 7
f = 1
for i in range(1, 26):
    f *= i
print f
print repr(f), str(f)
print f / (2 ** 40), f % 1000003
print 3L, repr(3L), 3L + 4, repr(3L * 2)
print long(5), repr(long(-5)), int(10 ** 20 / 10 ** 19), repr(int(10 ** 19 / 10 ** 18))
print (1 << 64) - 1, hex(255L), hex(2 ** 70), oct(8 ** 30)
print [2 ** 30 * 4, 1L], (7L, -1L)
print 2 ** 100 == 2L ** 100, 2 ** 64 > 2 ** 63, cmp(10 ** 30, 10 ** 29)
