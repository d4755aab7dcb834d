# String indexing and slicing, with negative indices and steps.
s = 'abcdefghij'
print s[0], s[3], s[-1], s[-3]
print s[2:5], s[:3], s[7:], s[-4:-1], s[:]
print s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1]
print repr(s[5:2]), repr(s[100:]), s[-100:2]
print len(s), len(''), len(s[::3])
for i in range(0, len(s), 3):
    print i, s[i:i + 3],
print
word = 'racecar'
print word == word[::-1], 'python'[::-1]
