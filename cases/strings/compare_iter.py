# String comparison (lexicographic by byte) and iteration with enumerate and reversed.
words = ['pear', 'Apple', 'apple', 'app', 'b', '', '\xff']
print sorted(words)
print 'abc' < 'abd', 'abc' < 'ab', 'a' < 'B', '\x00' < '', 'z' > 'yz'
print max(words), min(words), 'abc' == 'abc', 'abc' != 'ABC'
for i, c in enumerate('hey'):
    print i, c,
print
print list(reversed('abc')), list('xy'), tuple('pq')
