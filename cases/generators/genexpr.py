# Generator expressions: plain, with conditions, nested, and fed into builtins.
print sum(x for x in range(5))
print list(x * y for x in range(3) for y in range(3) if x != y)
print [c for c in (s.upper() for s in 'hello' if s != 'l')]
ge = (i for i in [1, 2, 3])
print ge
print next(ge), list(ge), list(ge)
words = ['apple', 'kiwi', 'banana']
print max(len(w) for w in words), min((len(w), w) for w in words)
print dict((w, len(w)) for w in words if len(w) > 4)
nested = list(list(j for j in range(i)) for i in range(4))
print nested
