# dict methods: setdefault, pop, popitem order, update forms, has_key, copy, fromkeys on a dict instance.
d = {}
for w in 'one two three two one four'.split():
    d.setdefault(w, []).append(len(w))
print d
print d.pop('two'), d.pop('zzz', 0), d.has_key('one'), 'four' in d
d.update([('five', 5)], six=6)
d.update({'seven': 7})
print d, len(d)
items = []
while d:
    items.append(d.popitem())
print items
print {}.fromkeys('abc'), {}.fromkeys(xrange(3), 'v'), dict.fromkeys((), 1)
e = dict(a=1, b=2)
f = e.copy()
f['c'] = 3
print e, f, e == f, e.viewkeys() < f.viewkeys()
print sorted(e.iteritems()), sorted(f.itervalues()), list(f.viewitems()) == f.items()
