# Percent formatting.
print '%d items' % 5
print '%s and %s' % ('this', 'that')
print '%r %r %r' % ('quote', 42, 1.5)
print '%x %X %o %#x' % (255, 255, 8, 255)
print '[%5.2f] [%-8.3f] [%e]' % (3.14159, 2.5, 12345.678)
print '[%5d] [%-5d] [%05d] [%+d]' % (42, 42, 42, 42)
print '[%10s] [%-10s]' % ('right', 'left')
print '%c%c%c' % (80, 'y', 50)
print '100%% sure, %s' % (None,)
print '%(name)s is %(age)d' % {'name': 'Ann', 'age': 33}
print '%s' % [1, 'two', 3.0], '%s' % ((1, 2),)
print '%d' % 3.99, '%d' % 2 ** 70, '%.3s' % 'abcdef', '%*d' % (6, 7)
for i in range(1, 6):
    print '%2d squared is %3d' % (i, i * i)
