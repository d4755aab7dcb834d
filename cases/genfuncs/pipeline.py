# A generator pipeline: source, filter and transform stages chained lazily.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
def squared(seq):
    for x in seq:
        yield x * x
print list(squared(evens(numbers(9))))
