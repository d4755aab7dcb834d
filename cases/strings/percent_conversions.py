# % formatting: every conversion character with flags and precision.
print '%d %i %u %o %x %X %e %E %f %F %g %G %c %r %s %%' % (
    -42, 7, 3, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-5, 1e20, 65, 'r', 's')
print '%#o %#x %#X %+d % d %05.1f %-6s| %.2e' % (8, 255, 255, 5, 5, 3.14159, 'ab', 12345.678)
print '%.0f %.0f %.0f %g %g %g' % (0.5, 1.5, 2.5, 100000.0, 1000000.0, 0.0001)
print '%s %s %r' % (1L, 2.0, 3L), '%d' % 2 ** 64, '%x' % -255, '%o' % 2 ** 64
