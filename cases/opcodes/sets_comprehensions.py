# BUILD_SET, SET_ADD (set comprehension), MAP_ADD (dict comprehension), LIST_APPEND.
s = {3, 1, 2, 3}
print sorted(s), len(s)
sq = {x * x for x in range(-2, 3)}
print sorted(sq)
d = {k: len(k) for k in ['a', 'bb', 'ccc']}
print sorted(d.items())
L = [c for c in 'abc' if c != 'b']
print L
nested = [(i, j) for i in range(2) for j in range(2)]
print nested
print {1} == set([1]), type({1}).__name__
