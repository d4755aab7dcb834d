# Bitwise operators and shifts, on ints and longs.
a = 0b1100
b = 0b1010
print a & b, a | b, a ^ b, ~a, -a & 0xff
print 1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2
print 1 << 63, 1 << 100, (1 << 100) >> 98
print 0xff & -256, 0x0f0f | 0xf0f0, 0xffff ^ 0x00ff
print bin(a), bin(-5), hex(a ^ b), oct(64)
n = 0xdeadbeef
bits = 0
while n:
    bits += n & 1
    n >>= 1
print 'popcount', bits
x = 1
for i in range(6):
    x = (x << 3) ^ (x >> 1)
    print x,
print
mask = (1 << 32) - 1
print mask, (mask + 5) & mask, ~0 & mask
