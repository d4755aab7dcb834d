# inf, nan and -0.0: creation, repr, comparisons and arithmetic.
inf = float('inf')
nan = float('nan')
print inf, -inf, nan, repr(inf), repr(nan), float('-inf')
print inf > 1e308, nan == nan, nan != nan, inf == inf, inf - inf
print -0.0, repr(-0.0), 0.0 == -0.0, str(-0.0), abs(-0.0)
print inf * 0, 1 / inf, -1 / inf, 1e308 * 10
print float('1e400'), float('-1e400'), float('Infinity'), float('NaN')
