# List mutating methods: append, extend, insert at odd positions, pop, remove, index, count, reverse.
a = [3, 1, 4]
a.append(1)
a.extend((5, 9))
a.insert(0, 'x')
a.insert(-1, 'y')
a.insert(100, 'z')
print a
print a.pop(), a.pop(0), a.pop(-2)
a.remove(1)
print a, a.index(4), a.count(1)
a.reverse()
print a
a += [7]
a *= 2
print a, len(a)
