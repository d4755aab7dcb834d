# Sets and their iteration order.
a = set([3, 1, 4, 1, 5, 9, 2, 6])
b = set('hello world')
print a, len(a)
print b
print sorted(b), 'o' in b, 'z' in b
c = set([5, 6, 7, 8, 9, 10])
print a & c, a | c, a - c, a ^ c
a.add(42)
a.discard(1)
a.remove(9)
print a
s = set()
for w in ['red', 'green', 'blue', 'red', 'cyan', 'green']:
    s.add(w)
print s, frozenset([2, 1])
print set([1, 2]) <= set([1, 2, 3]), set([1, 2]) == set([2, 1])
