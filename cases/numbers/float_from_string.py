# float() from strings: exponents, whitespace, inf/nan spellings and error messages.
print float('1.5'), float(' -2e3 '), float('.5'), float('5.'), float('1E-2'), float('+0')
print float('inf'), float('-Infinity'), float('nan'), float(' 3 '), float(7), float(2L)
for bad in ['', 'abc', '1.2.3', '1e', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print 'ValueError:', e
try:
    float([1])
except TypeError as e:
    print 'TypeError:', e
