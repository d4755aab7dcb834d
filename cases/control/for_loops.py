# for with else, and nested loops.
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print n, 'has factor', d
            break
    else:
        print n, 'is prime'
for n in [9, 13, 21, 29]:
    find_prime_factor(n)
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print '%d*%d=%d' % (i, j, i * j),
    print
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print 'found', found
for c in 'abc':
    pass
print c
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print x + y + z,
print
