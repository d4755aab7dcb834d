# sorted, reversed, enumerate with start, zip of unequal lengths, and min/max with key.
print sorted([3, 1, 2], reverse=True), sorted('bca')
print list(reversed([1, 2, 3])), list(reversed('ab')), list(reversed(xrange(3)))
print list(enumerate('ab', 5))
print zip([1, 2, 3], 'ab'), zip(), zip((1,), (2,), (3,))
words = ['bb', 'a', 'cccc', 'dd']
print min(words), max(words), min(words, key=len), max(words, key=len)
print max(3, 7, 5), min([4, 2], key=lambda v: -v), max('hello')
try:
    max([])
except ValueError as e:
    print 'ValueError:', e
