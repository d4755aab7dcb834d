# int() and long() from strings: bases, whitespace, signs, prefixes and error messages.
print int('42'), int(' -7 '), int('+3'), int('ff', 16), int('0x1f', 16), int('777', 8)
print int('0b101', 2), int('z', 36), int('10', 0), int('0x10', 0), int('010', 0)
print long('123456789012345678901234567890'), long('-ff', 16), int('99999999999999999999')
print int(3.99), int(-3.99), int(1e20), long(2.5), int('  12\n')
for bad in ['', '1.5', 'abc', '12a', '0x']:
    try:
        int(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    int('5', 1)
except ValueError as e:
    print 'ValueError:', e
