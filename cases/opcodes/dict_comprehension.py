# MAP_ADD in dict comprehensions: filtering, key collisions (last wins) and nesting.
d = {k: len(k) for k in ['a', 'bb', 'ccc']}
print sorted(d.items())
last = {x % 3: x for x in range(7)}
print last
grid = {(i, j): i * j for i in range(2) for j in range(2) if i <= j}
print sorted(grid.items())
inv = {v: k for k, v in d.items()}
print sorted(inv.items())
