# The small-int cache covers -5..256: computed ints in that range are the same object.
a = 200
b = 56
print (a + b) is 256, (a + b + 1) is 257
print (b - 61) is -5, (b - 62) is -6
x = int('100')
print x is 100, int('1000') is 1000
print (2 ** 8) is 256, len('abc') is 3, abs(-7) is 7
