# Comparison of lists and tuples, equality of mixed numeric contents, and list repr of floats.
print [1, 2] == [1, 2.0], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0]
print (1, 'a') == (1, 'a'), [1, [2, 3]] == [1, [2, 3]], [1] == (1,)
print [0.1, 1e20, 1.0 / 3, -0.0]
print cmp([1, 2], [1, 3]), cmp([], []), sorted([[2], [1, 5], [1]])
