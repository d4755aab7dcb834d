# Comparison and not always return the True/False singletons; and/or return operands.
vals = [1 < 2, not 0, 'a' in 'abc', bool([1]), isinstance(1, int), 2 == 2.0]
print vals, all(v is True for v in vals)
print (1 and 2) is 2, (0 or None) is None, ([] or [])
print (True + 0) is 1, True is not 1, False is not 0
