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
