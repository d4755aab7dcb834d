# str.format: positional, automatic and keyword fields, attributes, indexing, specs and conversions.
print '{0} {1} {0}'.format('a', 'b'), '{} {}'.format(1, 2), '{x}-{y}'.format(x=1, y=2)
print '{0[1]} {0[k]}'.format({1: 'one', 'k': 'kay'}), '{0.real} {0.imag}'.format(3 + 4j)
print '{:>6}|{:<6}|{:^6}|{:*^7}'.format('r', 'l', 'c', 'm'), '{:+d} {:05d} {:,}'.format(5, 42, 1234567)
print '{:.3f} {:e} {:%} {:x} {:#b} {:o}'.format(3.14159, 1500.0, 0.25, 255, 5, 8)
print '{!r} {!s} {{literal}}'.format('q', 'q'), '{0:{1}}|'.format('w', 4)
