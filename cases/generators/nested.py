# Nested generators: a generator driving others, recursion through generators.
def inner(tag):
    yield tag + '1'
    yield tag + '2'
def outer():
    for t in 'ab':
        for v in inner(t):
            yield v
    yield 'end'
print list(outer())
def tree_walk(node):
    value, children = node
    yield value
    for child in children:
        for v in tree_walk(child):
            yield v
tree = (1, [(2, [(4, [])]), (3, [])])
print list(tree_walk(tree))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        yield next(ia)
        yield next(ib)
print list(interleave(inner('x'), inner('y')))
# Closures, yield as an expression, generators recursing to the recursion limit, and an
# exception escaping a generator expression.
def make_gen():
    n = 3
    def g():
        for i in range(n):
            yield [j * n for j in range(i)]
    return g
print list(make_gen()())
def cells():
    k = 2
    yield list((lambda: k * x)() for x in range(3))
print next(cells())
def expr_forms():
    x = (yield)
    print 'got', x
    print (yield x * 2)
    y = [(yield i) for i in range(2)]
    print y
e = expr_forms()
print next(e), e.send(4), e.send('a'), e.send('b'), e.send('c')
try:
    e.send('d')
except StopIteration:
    print 'stop'
def rec(n):
    if n:
        for x in rec(n - 1):
            yield x
    else:
        yield 'bottom'
print list(rec(50))
def deep(n):
    if n:
        yield deep(n - 1).next()
    else:
        yield 0
try:
    print deep(2000).next()
except RuntimeError as ex:
    print 'RuntimeError', ex
def modifying(lst):
    for v in lst:
        yield v
        lst.append(v) if len(lst) < 5 else None
print list(modifying([1]))
print list(1 / x for x in [1, 0])
