# List slicing and slice assignment.
l = range(10)
print l[2:5], l[:3], l[-3:], l[::3], l[::-1], l[7:1:-2]
m = l[:]
m[2:4] = ['a', 'b', 'c']
print m
m[1:1] = [100]
print m
m[:2] = []
print m
del m[::2]
print m
m[::-1] = range(len(m))
print m
n = [0] * 6
n[1::2] = [7, 8, 9]
print n
del n[1:3]
print n, l[100:], l[-100:1]
grid = [[0] * 3 for i in range(3)]
grid[1][2] = 5
print grid
alias = [[0] * 3] * 2
alias[0][0] = 1
print alias
