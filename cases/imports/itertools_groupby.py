# itertools.groupby: runs of equal keys, a key function, groups skipped or read after the parent moved on.
from itertools import groupby
for key, group in groupby('aaabccdd'):
    print key, list(group)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, items in groupby(words, key=lambda w: w[0]):
    print letter, len(list(items))
pairs = list(groupby([1, 1, 2, 3, 3, 3]))
print [k for k, g in pairs], [list(g) for k, g in pairs]
g = groupby([1, 1, 2])
k1, first = g.next()
print first.next(), g.next()[0], list(first)
print list(groupby([])), type(groupby('a')).__name__
