# zfill, center, ljust and rjust with fill characters, signs and widths smaller than the string.
print '42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3)
print '[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(6) + ']'
print '[' + 'x'.ljust(4, '.') + ']', '[' + 'x'.rjust(4, '0') + ']', 'long'.ljust(2)
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print 'TypeError:', e
