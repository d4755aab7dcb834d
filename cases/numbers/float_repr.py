# Float repr and str: shortest repr, str's 12 digits, exponents and integral floats.
for x in [0.1, 0.1 + 0.2, 1.0 / 3, 1e16, 1e15, 123456789012.0, 1e22, 1e-5, 0.0001, 1.5e-7]:
    print repr(x), str(x)
print 1e100, 2.5e-300, 5e-324, 1.7976931348623157e308
print 100.0, -0.5, 3.14159265358979, float(2 ** 60)
