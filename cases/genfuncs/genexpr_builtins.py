# Generator expressions fed to sum, any, all, dict, max, sorted and str.join.
data = [3, 8, 1, 6]
print sum(x * 2 for x in data)
print any(x > 7 for x in data), all(x > 0 for x in data), any(x > 9 for x in data)
print dict((x, x % 3) for x in data)
print max(x % 5 for x in data), sorted(-x for x in data)
print '-'.join(str(x) for x in data)
g = (c for c in 'ab')
print list(g), list(g)
