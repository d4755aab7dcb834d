# Set errors and edge cases: unhashable items, bad operands, cmp() and constructor arguments.
s = set([1, 2])
tests = [
    lambda: s < 3, lambda: cmp(s, s), lambda: s == 3, lambda: s | [1],
    lambda: s.remove(7), lambda: set().pop(), lambda: s.add([]), lambda: hash(s),
    lambda: set(1), lambda: set([1], [2]), lambda: set(x=1), lambda: frozenset(y=2),
    lambda: frozenset([1]) | set([2]), lambda: set([1]) & frozenset([1, 2, 3]),
    lambda: set([set([1])]), lambda: s.issubset(5), lambda: s <= [1], lambda: s - 1,
    lambda: 3 in s, lambda: [] in s, lambda: s.update(1), lambda: s.union([3], [4]),
    lambda: frozenset('ab').copy(), lambda: cmp(set([1]), set([2])),
    lambda: set.add(s), lambda: s.add(1, 2), lambda: frozenset() is frozenset(),
    lambda: s.intersection(), lambda: s.difference(), lambda: s.symmetric_difference(s),
    lambda: frozenset([1]).symmetric_difference_update,
]
for t in tests:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
t = set([1, 2])
try:
    t |= [3]
except TypeError as e:
    print e
f = frozenset([1])
f |= set([2])
print f, type(f)
print hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a', 'b']))
print sorted(set([1, 2]) ^ frozenset([2, 3]))
