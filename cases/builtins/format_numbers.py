# format() of ints, longs and floats: widths, signs, fills, grouping, bases.
for v in [0, 7, -7, 255, -255, 2 ** 40, -(2 ** 70), True]:
    print '|'.join([format(v, s) for s in ['', 'd', '+d', ' d', '8d', '<8d', '^8d', '08d', 'x', '#X', '#o', 'b', ',', '10,', 'e', '.2f', '%']])
for f in [0.0, -0.0, 1.5, -2.25, 1e10, 1.23456789e-7, 123456.789, float('inf'), float('-inf')]:
    print '|'.join([format(f, s) for s in ['', 'f', '.1f', 'e', '.3e', 'g', '.3g', 'G', '10.2f', '<10.2f', '+.1f', '010.3f', ',.2f', '.0f', '%', '.2%', 'n', '.3']])
print format(float('nan'), 'f'), format(float('nan'), '>6'), format(1e200, 'f')[:20]
