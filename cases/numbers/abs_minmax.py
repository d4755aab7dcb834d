# abs(), min() and max() across mixed numeric types, and sum() with a start value.
print abs(-3), abs(-3.5), abs(-2 ** 70), abs(3 - 4j), abs(True)
print min(3, 1.5, 2L), max(3, 1.5, 2L), max(-0.0, 0), min(0, -0.0)
print sum([1, 2.5, 3L]), sum([], 10), sum([2 ** 64, -2 ** 64]), sum([0.1] * 10)
