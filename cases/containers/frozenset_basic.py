# frozenset: hashable, usable as a dict key and set member, repr, equality with set.
f = frozenset([3, 1, 2])
print f, len(f), 2 in f
d = {f: 'frozen'}
print d[frozenset([1, 2, 3])]
print f == set([1, 2, 3]), f | frozenset([4]), type(f | set([9])).__name__
s = set([f, frozenset()])
print len(s), frozenset() in s
print frozenset('aab')
