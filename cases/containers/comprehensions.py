# List, set and dict comprehensions with conditions and nested loops; list comp leaks its variable.
print [x * x for x in range(6) if x % 2]
print [(i, j) for i in range(3) for j in range(i)]
print sorted({c.upper() for c in 'banana'})
print {k: len(k) for k in ['a', 'bb', 'ccc']}
n = [i for i in 'xyz']
print i
print [[r * c for c in range(3)] for r in range(1, 3)]
