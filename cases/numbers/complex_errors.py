# Complex errors: ordering comparisons, division by zero, int() of a complex.
try:
    1j < 2j
except TypeError as e:
    print 'TypeError:', e
try:
    1j / 0
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    int(1j)
except TypeError as e:
    print 'TypeError:', e
try:
    complex('junk')
except ValueError as e:
    print 'ValueError:', e
print 1j == 1j, 1j != 0
