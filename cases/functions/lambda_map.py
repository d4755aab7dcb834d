# lambda with map, filter, reduce and sorted.
nums = range(1, 11)
print map(lambda x: x * x, nums)
print filter(lambda x: x % 3 == 0, nums)
print reduce(lambda a, b: a * b, nums), reduce(lambda a, b: a + b, [], 0)
print map(None, [1, 2], 'ab'), map(lambda a, b: a + b, [1, 2], [10, 20])
print map(str, nums), filter(None, [0, 1, '', 'x', None, [2]])
print filter(lambda c: c.isupper(), 'Hello World')
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print sorted(pairs, key=lambda p: p[1])
print sorted(pairs, key=lambda p: -p[0])
f = lambda x, y=2: x ** y
print f(3), f(2, 5), (lambda *a: len(a))(1, 2, 3)
print map(len, ['a', 'bb', 'ccc']), max(pairs, key=lambda p: len(p[1]))
