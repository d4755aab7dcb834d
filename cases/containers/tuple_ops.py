# Tuple construction, indexing, slicing, concatenation, repetition, count/index and repr of singletons.
t = (1, 'a', 2.5, None)
print t, len(t), t[1], t[-1], t[1:3]
print (1,), (), (1, 2) + (3,), (0,) * 3
print t.count(1), t.index('a'), 2.5 in t, 'b' not in t
print tuple('abc'), tuple([4, 5]), hash((1, 2)) == hash((1, 2))
print (1, 2) < (1, 3), (1, 2, 0) > (1, 2), cmp((2,), (1, 9))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print nested
