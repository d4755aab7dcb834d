# f(*x) and f(**x): the message for a non-iterable, a generator's own TypeError passing through, keyword dict order.
def g():
    yield 1
    raise TypeError('inner')
def f(*a, **k):
    return a, k
try:
    f(*g())
except TypeError as e:
    print e
print dict(x=1, **{'y': 2, 'z': 3})
print f(c=3, d=4, **{'y': 2, 'z': 3})
print f(*'ab', **{'y': 2, 'z': 3})
try:
    f(y=1, **{'y': 2})
except TypeError as e:
    print e
for bad in [lambda: f(*None, **{'y': 2}), lambda: f(*None, **None), lambda: len(*3)]:
    try:
        bad()
    except TypeError as e:
        print e
print dict({'q': 1}, a=1, b=2, c=3, d=4, e=5, f=6)
