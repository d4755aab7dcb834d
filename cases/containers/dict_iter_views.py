# iterkeys/itervalues/iteritems and changing a dict's size while iterating it.
d = {1: 'a', 2: 'b', 3: 'c'}
print list(d.iterkeys()), list(d.itervalues()), list(d.iteritems())
for k, v in d.iteritems():
    print k, v,
print
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print 'RuntimeError:', e
