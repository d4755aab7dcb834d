# Augmented assignment operators.
x = 10
x += 5
print x,
x -= 3
print x,
x *= 4
print x,
x /= 5
print x,
x //= 2
print x,
x %= 3
print x,
x **= 5
print x,
x <<= 4
print x,
x >>= 2
print x,
x &= 0x3c
print x,
x |= 3
print x,
x ^= 0xff
print x
s = 'ab'
s += 'cd'
s *= 2
print s
l = [1]
l += [2, 3]
l *= 2
print l
f = 1.5
f += 1
f *= 2
print f
total = 0
for i in range(1, 11):
    total += i * i
print total
