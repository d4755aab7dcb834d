# len, sum, min, max, enumerate, zip and range over lists.
l = [4, 7, 1, 9, 3]
print len(l), sum(l), min(l), max(l), sum(l) / len(l)
for i, v in enumerate(l):
    print i, v,
print
print list(enumerate('abc')), enumerate
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40, 99]
print zip(names, ages), zip(), zip('ab', 'xyz', [1, 2])
for name, age in zip(names, ages):
    print '%s:%d' % (name, age),
print
print range(5), range(2, 8), range(10, 0, -3), range(0), range(5, 2)
print max(names, key=len), min(ages), max('hello'), sum([[1], [2]], [])
print list('xyz'), list((1, 2)), tuple(l), reversed
print [v for v in reversed(l)], sorted(l), l
print any([0, 0, 1]), all([1, 2, 0]), any([]), all([])
print xrange(3), list(xrange(1, 10, 4)), len(xrange(0, 100, 7))
