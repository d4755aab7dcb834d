# Concatenation, repetition and membership.
a = 'foo'
b = 'bar'
print a + b, a * 3, 2 * b, '-' * 10
print repr(a * 0), repr('' + '')
print 'oo' in a, 'x' in a, 'x' not in a, '' in a
s = ''
for c in 'hello':
    s = c + s
print s
parts = []
for i in range(5):
    parts.append(str(i) * i)
print parts
print 'a' 'b' 'c', ('x' + 'y') * 2
line = '=' * 5 + ' title ' + '=' * 5
print line, len(line)
