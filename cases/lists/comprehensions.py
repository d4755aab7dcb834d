# List comprehensions and nested lists.
squares = [x * x for x in range(10)]
print squares
evens = [x for x in squares if x % 2 == 0]
print evens
pairs = [(x, y) for x in range(3) for y in 'ab']
print pairs
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print matrix
print [row[1] for row in matrix]
transposed = [[row[i] for row in matrix] for i in range(3)]
print transposed
flat = [v for row in matrix for v in row if v % 4 != 0]
print flat
print [s.upper() for s in ['a', 'bc', 'def'] if len(s) > 1]
print x
print [[1, 2], [3, [4, 5]]][1][1][0], len([[], [[]]])
