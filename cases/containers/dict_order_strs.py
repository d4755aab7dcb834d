# Dict iteration order and repr for string keys, after deletes and re-inserts.
d = dict(one=1, two=2, three=3, four=4, five=5)
print d
del d['two']
d['six'] = 6
d['two'] = 22
print d.keys()
print d.values()
print sorted(d.items())
print repr({'a': 'x', 'b': "it's"})
