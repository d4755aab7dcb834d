# The rest of the operator module: the type predicates, sequence searches, index, repeat,
# the slice functions, ipow/iconcat/irepeat and methodcaller.
import operator

class Seq(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

class Num(object):
    def __int__(self):
        return 7
    def __index__(self):
        return 2

class Old:
    def __getitem__(self, i):
        return i

for o in [1, 2.5, 'ab', [1], (1,), {1: 2}, Seq(), Num(), Old(), None, xrange(3)]:
    print type(o).__name__, operator.isNumberType(o), operator.isSequenceType(o), \
        operator.isMappingType(o), operator.isCallable(o)
print operator.isCallable(len), operator.sequenceIncludes([1, 2], 2)
print operator.indexOf([5, 6, 7], 7), operator.countOf([1, 2, 1, 1], 1), operator.indexOf(Seq(), 20)
try:
    operator.indexOf([1], 9)
except ValueError as e:
    print 'ValueError:', e
print operator.index(5), operator.index(Num()), [1, 2, 3, 4][operator.index(Num()):]
try:
    operator.index(2.5)
except TypeError as e:
    print 'TypeError:', e
print operator.repeat('ab', 3), operator.repeat([0], 2), operator.irepeat([1], 3)
for bad in [(5, 2), ({}, 2)]:
    try:
        operator.repeat(*bad)
    except TypeError as e:
        print 'TypeError:', e
l = [1, 2, 3, 4, 5]
print operator.getslice(l, 1, 3), operator.getslice('hello', 1, -1)
operator.setslice(l, 0, 2, ['a'])
operator.delslice(l, -1, 100)
print l, operator.ipow(2, 10), operator.iconcat([1], [2]), operator.__abs__(-4)
up = operator.methodcaller('upper')
split = operator.methodcaller('split', ',', 1)
rep = operator.methodcaller('replace', 'a', 'b')
print up('abc'), split('a,b,c'), rep('banana'), map(operator.methodcaller('strip'), [' x ', 'y '])
try:
    operator.methodcaller()
except TypeError as e:
    print 'TypeError:', e
try:
    up('abc', 'def')
except TypeError as e:
    print 'TypeError:', e
getters = [operator.itemgetter(1), operator.attrgetter('real'), up]
for g in getters:
    for call in [lambda: g([1, 2], x=1), lambda: g()]:
        try:
            call()
        except TypeError as e:
            print 'TypeError:', e
