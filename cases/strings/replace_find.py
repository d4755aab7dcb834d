# replace with counts and empty patterns; find/rfind/index/rindex/count with bounds.
s = 'banana'
print s.replace('a', 'o'), s.replace('a', 'o', 1), s.replace('', '-'), s.replace('na', '')
print s.replace('', '.', 2), s.replace('x', 'y'), 'aaa'.replace('aa', 'b')
print s.find('an'), s.find('an', 2), s.find('an', 2, 4), s.rfind('an'), s.find(''), s.rfind('')
print s.index('n'), s.rindex('n'), s.count('a'), s.count('an'), s.count(''), s.count('a', 2, 5)
try:
    s.index('z')
except ValueError as e:
    print 'ValueError:', e
try:
    s.rindex('z')
except ValueError as e:
    print 'ValueError:', e
