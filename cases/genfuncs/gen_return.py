# A bare return ends a generator; code after it never runs.
def upto(limit):
    for i in range(10):
        if i >= limit:
            return
        yield i
    print 'unreachable for small limits'
print list(upto(3)), list(upto(0))
def empty():
    return
    yield
print list(empty())
