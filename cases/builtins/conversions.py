# Round trips between ints, longs, floats and strings in various bases.
for n in [0, 1, -1, 255, -256, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 100]:
    h, o, b = hex(n).rstrip('L'), oct(n).rstrip('L'), bin(n)
    print h, o, b, int(h, 16), int(o, 8), int(b, 2), int(h, 0), long(str(n)), float(n)
for s in ['12', ' -34 ', '+5', '0x1A', '077', '1_0', '1e3', '0b11', '9' * 25, '-0']:
    out = []
    for base in [10, 0, 16]:
        try:
            out.append(repr(int(s, base)))
        except ValueError as e:
            out.append(str(e))
    print repr(s), out
for s in ['1.5', '-inf', 'nan', '1e-320', '.5', '5.', ' 2 ', '1,5', 'infinity', '-0']:
    try:
        print repr(float(s)),
    except ValueError as e:
        print e,
print
print int(2.5), int(-2.5), long(-1e19), round(-0.5), round(1.5), round(2.5, 0), round(-1.25, 1)
