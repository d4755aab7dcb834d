# dict methods: update forms, pop with default, copy independence, has_key, clear, fromkeys.
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)], d=4)
print sorted(d.items())
print d.pop('a'), d.pop('zz', 'dflt'), d.has_key('b'), 'a' in d
c = d.copy()
c['b'] = 99
print d['b'], c['b']
try:
    d.pop('missing')
except KeyError as e:
    print 'KeyError', e
d.clear()
print d, dict.fromkeys('xy', 0)
print dict(zip('pq', [1, 2])) == {'q': 2, 'p': 1}
