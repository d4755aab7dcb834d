# Importing itertools again gives a new module holding the same types; the types only its iterators hand out are not module attributes.
import sys, itertools
c = itertools.chain
print [n for n in dir(itertools) if not n.startswith('__')]
del sys.modules['itertools']
import itertools as it2
print it2 is itertools, it2.chain is c
a, b = it2.tee('ab')
print type(a), type(a).__name__, type(a).__module__
print type(list(it2.groupby('a'))[0][1])
try:
    type(a)()
except TypeError as e:
    print e
try:
    type(list(it2.groupby('a'))[0][1])()
except TypeError as e:
    print e
