# Set and frozenset algebra, in-place forms, comparisons and table order after deletes.
a = set([3, 1, 4, 1, 5, 9, 2, 6])
c = set([5, 6, 7, 8, 9, 10])
print a & c, a | c, a - c, a ^ c, c - a, c ^ a
print a.union([100, 200], (300,)), a.intersection(c, [5]), a.difference([1], c)
print a.symmetric_difference(range(20)), a.issubset(range(10)), a.issuperset([1, 2])
print a.isdisjoint(c), a.isdisjoint([77]), frozenset('abc') | set('cde')
s = set(range(30))
for i in range(0, 30, 3):
    s.discard(i)
print s
s -= set(range(10))
print s, len(s)
s |= frozenset([1000, 2000])
print s
s &= set([1000, 11, 13, 99])
print s
s ^= set([1, 2, 11])
print s, s.pop(), s
f = frozenset([1, 2, 3])
print f.copy() is f, f.union([4]), type(f | set()), type(set() | f)
print hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
print set([1]) < set([1, 2]), set([1, 2]) > set([1]), set([1]) >= set([2])
print set(), frozenset(), set([set([1]) and frozenset([1])])
x = set([frozenset([1])])
print set([1]) in x, x.remove(set([1])), x
for e in sorted(set('mississippi')):
    print e,
print
try:
    set([1]).remove(2)
except KeyError as e:
    print 'KeyError', e
it = iter(set([1, 2]))
print it
d = set([1, 2, 3])
try:
    for k in d:
        d.add(k * 10)
except RuntimeError as e:
    print e
print set({'a': 1, 'b': 2}), set('abc').difference({'a': 1})
u = set([1, 2])
u.update([3], (4, 5), set([6]))
u.difference_update([1], [2])
u.intersection_update([3, 4, 5, 6, 7])
u.symmetric_difference_update([5, 8])
print u, u.__contains__(3)
u.clear()
print u
