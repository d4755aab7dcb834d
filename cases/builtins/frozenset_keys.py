# Frozensets as dict keys and set members; equality across set and frozenset; hashes.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
d = {a: 'abc', frozenset(): 'empty', frozenset(['x']): 'x'}
print d[b], d[frozenset()], len(d)
print a == b, a == set([1, 2, 3]), set([1, 2, 3]) == a, a != set([1]), hash(a) == hash(b)
nested = frozenset([a, frozenset([4])])
print nested, a in nested, set([1, 2, 3]) in nested
ss = set([a])
ss.add(b)
print ss, len(ss)
ss.discard(set([1, 2, 3]))
print ss
print sorted([frozenset([2]), frozenset([1])], key=lambda f: list(f)[0])
print hash(frozenset([-1])), hash(frozenset(['a', 'b', 'c'])), hash(frozenset([(1, 2)]))
