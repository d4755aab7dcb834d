# Nested containers: aliasing through repetition, deep structures and their repr.
grid = [[0] * 3] * 2
grid[0][1] = 5
print grid
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print grid
tree = {'a': [1, {'b': (2, 3)}], 'c': set([4])}
print tree['a'][1]['b'][1], tree
a = [1]
a.append(a)
print a
d = {}
d['self'] = d
print d
