# dict.fromkeys as a class method, dict views and their set operations, dict method errors.
d = {'a': 1, 'b': 2}
print dict.fromkeys, d.fromkeys, dict.fromkeys('xy'), d.fromkeys([1], 5)
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print k, v, i, len(k), 'a' in k, ('a', 1) in i, 1 in v, type(k), type(v), type(i)
print k & set('ab'), k | set('c'), k - set('a'), k ^ set('ax'), k == set('ab'), i & set([('a', 1)])
print list(k), list(v), list(i), iter(k), iter(v), iter(i)
d['c'] = 3
print k, sorted(k), k < set('abcd')
for t in [lambda: d.pop('zz'), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]), lambda: d.update({}, {}), lambda: d.setdefault(), lambda: d.get(), lambda: d.has_key([]), lambda: dict.fromkeys(), lambda: dict.fromkeys(3), lambda: d.pop(), lambda: dict(1), lambda: d.keys(1), lambda: d.update(a=1, b=2) or sorted(d.items()), lambda: dict([('x', 1)], y=2), lambda: d.copy(), lambda: dict.copy(d), lambda: d.clear(), lambda: d]:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
