# Every INPLACE_* opcode on ints, plus list += (extends in place) and tuple += (rebinds).
x = 100
x += 5; print x,
x -= 3; print x,
x *= 2; print x,
x /= 7; print x,
x //= 2; print x,
x %= 5; print x,
x **= 3; print x,
x <<= 4; print x,
x >>= 1; print x,
x &= 0xff; print x,
x |= 0x100; print x,
x ^= 0x3; print x
L = [1]
alias = L
L += [2]
print L, alias, L is alias
t = (1,)
t2 = t
t += (2,)
print t, t2, t is t2
s = 'ab'
s *= 3
print s
