# bool is a subclass of int: arithmetic results, repr, and sum of bools.
print True + True, True * 10, False - 1, True / 2, -True, True ** 2
print True == 1, False == 0, True is 1, repr(True), str(False), int(True)
print sum([True, False, True]), True + 0.5, True + 1L, type(True + True).__name__
print ['a', 'b'][True], {1: 'one'}[True], hash(True) == hash(1)
print bool(0), bool(-1), bool(''), bool('0'), bool([]), bool(None), bool(0.0), bool(0j)
