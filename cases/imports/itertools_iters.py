# The itertools extension module: lazy iterators, consumed by for loops and builtins.
from itertools import count, repeat, cycle, chain, islice, izip, imap, ifilter
from itertools import ifilterfalse, takewhile, dropwhile, starmap
import itertools
c = count(5)
print c, next(c), next(c), c
print list(islice(count(), 5)), list(islice(count(10, 5), 3)), count(1, 2)
print list(repeat('x', 3)), repeat(7, 2)
print list(islice(cycle('abc'), 7))
print list(chain([1, 2], (3,), 'ab')), list(chain())
print list(islice(range(10), 2, 8, 3)), list(islice('abcdef', None, 4))
print list(izip('abc', count())), list(imap(pow, [2, 3], [3, 2])), list(imap(None, 'ab'))
print list(ifilter(lambda x: x % 2, range(7))), list(ifilterfalse(None, [0, 1, '', 'a']))
print list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2]))
print list(starmap(max, [(1, 5), (7, 2)]))
for i, ch in izip(count(1), 'xy'):
    print i, ch
print type(itertools.chain([], [])).__name__
try:
    islice([], -1)
except ValueError as e:
    print 'ValueError:', e
