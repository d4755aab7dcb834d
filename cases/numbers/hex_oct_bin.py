# hex(), oct() and bin() on ints, longs and negatives, and format() with base codes.
print hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(8), oct(-8), oct(2 ** 64)
print bin(0), bin(5), bin(-5), bin(2 ** 65), bin(True)
print '%x %o %X' % (255, 8, 3054), format(255, 'b'), format(255, '#x')
try:
    hex(1.5)
except TypeError as e:
    print 'TypeError:', e
try:
    bin('1')
except TypeError as e:
    print 'TypeError:', e
