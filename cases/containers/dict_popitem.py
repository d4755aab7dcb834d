# popitem order after inserts and deletes, and the error on an empty dict.
d = {}
for k in 'abcdef':
    d[k] = ord(k)
del d['c']
d['z'] = 0
out = []
while d:
    out.append(d.popitem())
print out
try:
    d.popitem()
except KeyError as e:
    print 'KeyError:', e
e = {3: 1, 11: 2, 19: 3}
print e.popitem(), e
