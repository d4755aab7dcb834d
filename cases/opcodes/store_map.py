# STORE_MAP in dict displays, including duplicate keys and computed keys.
d = {'a': 1, 'b': 2, 'a': 3}
print d
k = 'key'
e = {k: 1, k + '2': [1], 3: None, (1, 2): 'tuple'}
print sorted(e.items())
print {}, {1: {2: {}}}
try:
    {[]: 1}
except TypeError as e:
    print 'TypeError:', e
