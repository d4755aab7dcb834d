# `is` versus `==` for floats, longs, tuples and strings built at run time.
x = 1.5
y = x
print x is y, 1.5 == float('1.5'), float('1.5') is float('1.5')
n = 2 ** 70
print n == 2 ** 70, n is n, (n + 0) is n
print 0.0 == -0.0, 0.0 is -0.0 if False else 'skip'
s = 'ab'
print (s + 'c') == 'abc', (s + 'c') is (s + 'c')
nan = float('nan')
L = [nan]
print nan == nan, nan in L, L == [nan], L.count(nan), L.index(nan)
