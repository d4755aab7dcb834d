# Classic division and modulo signs with negative ints, longs and floats.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print a / b, a % b, a // b, divmod(a, b)
print 7L / -2, -7L % 2, 7.0 / -2, -7.5 % 2, 7.5 // -2
print 0 / 5, -0 / 5, 1 / 3, -1 / 3
print 5 % 0.75, -5 % 0.75, divmod(-5.5, 2)
