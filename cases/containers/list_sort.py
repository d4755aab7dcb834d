# list.sort with key, cmp and reverse; stability of equal keys under reverse.
words = ['pear', 'Fig', 'apple', 'kiwi', 'Date', 'plum']
a = list(words)
a.sort()
print a
a.sort(key=len)
print a
a.sort(key=len, reverse=True)
print a
a.sort(cmp=lambda x, y: cmp(x.lower(), y.lower()))
print a
print sorted(words, key=str.lower, reverse=True)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print sorted(pairs, key=lambda p: p[0])
