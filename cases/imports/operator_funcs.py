# The operator extension module: operators as functions, itemgetter and attrgetter.
import operator
from operator import itemgetter, attrgetter
print operator.add(2, 3), operator.sub(10, 4), operator.mul('ab', 3), operator.mod(17, 5)
print operator.__add__(1, 2), operator.neg(5), operator.not_(0), operator.truth([])
print operator.lt(1, 2), operator.eq('a', 'a'), operator.is_(None, None), operator.contains([1, 2], 2)
print operator.getitem('hello', 1), operator.concat([1], [2]), operator.floordiv(7, 2)
d = {}
operator.setitem(d, 'k', 1)
print d, reduce(operator.mul, [1, 2, 3, 4])
rows = [('b', 2), ('a', 3), ('c', 1)]
print sorted(rows, key=itemgetter(1)), map(itemgetter(0), rows)
print itemgetter(1, 0)(rows[0]), attrgetter('__name__')(len)
try:
    operator.add(1)
except TypeError as e:
    print 'TypeError:', e
