# Iteration order of keys/values/items after inserts and deletes.
d = {}
for w in ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date', 'lime', 'plum']:
    d[w] = len(w)
print d
print d.keys()
print d.values()
print d.items()
del d['fig']
del d['banana']
d['grape'] = 5
d['fig'] = 3
print d.keys()
for k in d:
    print k,
print
for k, v in d.iteritems():
    print '%s=%d' % (k, v),
print
n = {}
for i in range(20):
    n[i * 7 % 13 - 6] = i
print n
for i in range(0, 20, 3):
    del n[i * 7 % 13 - 6]
print n.keys()
m = {}
for i in range(12):
    m['k%d' % i] = i
print m
print sorted(m.items())[:3], min(m), max(m.values())
