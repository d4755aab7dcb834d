# itertools.product, permutations, combinations and combinations_with_replacement: order of results, r > n, empty pools, exhaustion.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print list(product('ab', range(3)))
print list(product((0, 1), repeat=3))
print list(product('ab', 'xy', repeat=2))[:6]
print list(product()), list(product(repeat=0)), list(product('ab', repeat=0))
print list(product('ab', [])), list(product([], 'ab'))
print list(permutations('abc')), list(permutations(range(4), 2))
print list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([]))
print list(permutations('abcd', 3))[-4:], len(list(permutations(range(5))))
print list(combinations('abcd', 2)), list(combinations(range(5), 3))
print list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0))
print list(cwr('abc', 2)), list(cwr('ab', 3))
print list(cwr('ab', 0)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('a', 4))
for it in [product('ab'), permutations('ab'), combinations('ab', 1), cwr('a', 1)]:
    print type(it).__name__, list(it), list(it)
    try:
        it.next()
    except StopIteration:
        print 'stopped'
p = product('ab', repeat=2)
print p.next(), p.next(), list(p)
print repr(product('a'))[:22], permutations('a').__class__
t = tuple(permutations(range(3)))
print t, len(t), len(set(t))
print sorted(combinations([3, 1, 2], 2)), list(combinations([1, 1, 1], 2))
print [''.join(x) for x in permutations('xyz')]
for a, b in combinations('pqr', 2):
    print a + b,
print
print list(permutations('abc', True)), list(permutations('abc', 2L)), list(combinations('abc', 2L))
print list(permutations('abc', 1.9)), list(permutations('abc', None))
