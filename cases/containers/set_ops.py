# Set operators and methods: union, intersection, difference, symmetric difference, subset tests.
a = set([1, 2, 3, 4])
b = set([3, 4, 5])
print sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b)
print a <= b, set([3]) < b, b >= set([5]), a.isdisjoint([9])
a.add(10)
a.discard(1)
a.discard(99)
print sorted(a)
try:
    a.remove(99)
except KeyError as e:
    print 'KeyError', e
print sorted(a.union([7], (8,))), sorted(a.intersection(b))
