# Recursion depth is counted as CPython counts it: one level per repr and per comparison
# of nested containers, none for printing them.
shallow = reduce(zip, [[0]] * 900, [()])
other = reduce(zip, [[0]] * 900, [()])
print len(repr(shallow)), shallow == other, cmp(shallow, other), len(str(shallow))
deep = reduce(zip, [[0]] * 5000, [()])
deep2 = reduce(zip, [[0]] * 5000, [()])
for name, f in [('repr', repr), ('str', str), ('eq', lambda x: x == deep2),
                ('cmp', lambda x: cmp(x, deep2)), ('hash', lambda x: hash(x[0])), ('identity', lambda x: x == x)]:
    try:
        r = f(deep)
        print name, 'ok', len(r) if isinstance(r, str) else r == r
    except RuntimeError as e:
        print name, 'RuntimeError:', e
l = []
t = (l,)
l.append(t)
print repr(t), repr(l), str(t)
print t
