# A program that ends with an uncaught exception.
def inner(values, i):
    return values[i] * 2
def outer(values):
    total = 0
    for i in range(len(values) + 1):
        total += inner(values, i)
        print 'running total', total
    return total
print 'start'
outer([1, 2, 3])
print 'never printed'
