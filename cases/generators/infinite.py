# Infinite generators consumed partially; chains of generators.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for x in it:
        if n <= 0:
            break
        yield x
        n -= 1
def mapped(f, it):
    for x in it:
        yield f(x)
print list(take(5, naturals()))
print list(take(3, mapped(lambda v: v * 10, naturals())))
nat = naturals()
for v in nat:
    if v > 3:
        break
print next(nat), next(nat)
def fib():
    a, b = 0, 1
    while 1:
        yield a
        a, b = b, a + b
f = fib()
print [next(f) for _ in range(10)]
# Built-ins that stop early or fail midway: zip leaves an infinite generator to be closed,
# list.extend keeps the items before an error; generator functions' argument binding.
def r(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print 'close', name
print zip('ab', r('zip'))
print map(lambda a, b: (a, b), 'ab', [1, 2])
def bad():
    yield 1
    raise IndexError('mid')
l = []
try:
    l.extend(bad())
except IndexError as e:
    print 'extend', e, l
try:
    print ''.join(str(x) for x in bad())
except IndexError as e:
    print 'join', e
try:
    sorted(bad())
except IndexError:
    print 'sorted'
it = r('partial')
print [next(it) for _ in range(3)]
it = iter(r('via iter'))
print next(it)
it = None
d = dict((x, None) for x in 'abc')
print sorted(d)
def gen_with_default(a, b=2, *rest, **kw):
    yield a, b, rest, sorted(kw.items())
print list(gen_with_default(1, 3, 4, z=5))
try:
    gen_with_default()
except TypeError as e:
    print e
