# BINARY_TRUE_DIVIDE and INPLACE_TRUE_DIVIDE in code compiled with the future-division flag.
src = '''
print 7 / 2, -7 / 2, 7 // 2, -7 // 2, 6 / 3
print 1 / 3, 2 ** 70 / 2, 10 / 4.0, 1L / 4
x = 9
x /= 2
print x
try:
    1 / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    x /= 0.0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
'''
co = compile(src, '<division>', 'exec', 0x2000)
exec co
print 7 / 2, co.co_flags & 0x2000
