# Hand-written chain, take and interleave helpers over generators.
def chain(*seqs):
    for s in seqs:
        for x in s:
            yield x
def take(n, seq):
    out = []
    for x in seq:
        if len(out) >= n:
            break
        out.append(x)
    return out
def interleave(a, b):
    for x, y in zip(a, b):
        yield x
        yield y
print list(chain('ab', [1, 2], ()))
print take(3, chain(range(2), 'xyz'))
print list(interleave('abc', (1, 2, 3)))
