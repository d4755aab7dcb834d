# The combinatoric iterators' argument errors, in CPython's order: counts, keywords, r and repeat conversions, then the input.
from itertools import product, permutations, combinations, combinations_with_replacement

def attempt(f, *args, **kwargs):
    try:
        print list(f(*args, **kwargs))
    except Exception as e:
        print type(e).__name__ + ':', e

class Num(object):
    def __int__(self):
        print '__int__'
        return 2

class BadNum(object):
    def __int__(self):
        return 'two'

def loud():
    print 'loud runs'
    yield 1

for f in [combinations, combinations_with_replacement]:
    attempt(f, 'abc')
    attempt(f)
    attempt(f, r=2)
    attempt(f, 'abc', x=1)
    attempt(f, 'abc', 2, x=1)
    attempt(f, 'abc', 2, r=2)
    attempt(f, 'abc', -1)
    attempt(f, 5, -1)
    attempt(f, 'abc', 2.0)
    attempt(f, 'abc', '2')
    attempt(f, 'abc', 10 ** 20)
    attempt(f, 'abc', None)
    attempt(f, loud(), 'x')
    attempt(f, loud(), -1)
    attempt(f, iterable='ab', r=1)
    attempt(f, 'ab', r=2)
attempt(permutations)
attempt(permutations, 'abc', 2, 3)
attempt(permutations, 'abc', x=1)
attempt(permutations, 'abc', y=1, r=2)
attempt(permutations, 'abc', -1)
attempt(permutations, 'abc', '2')
attempt(permutations, 5, '2')
attempt(permutations, loud(), '2')
attempt(permutations, 'abc', 10 ** 20)
attempt(permutations, 'abc', 1e300)
attempt(permutations, 'abc', float('nan'))
attempt(permutations, 'abc', float('inf'))
attempt(permutations, 'abc', 2j)
attempt(permutations, 'abc', Num())
attempt(permutations, 'abc', BadNum())
attempt(permutations, iterable='abc', r=1)
attempt(product, 'ab', repeat=-1)
attempt(product, 'ab', repeat=1.0)
attempt(product, 'ab', repeat='2')
attempt(product, 'ab', repeat=10 ** 20)
attempt(product, 'ab', repeat=2 ** 61)
attempt(product, 'ab', 'cd', repeat=2 ** 60)
attempt(product, repeat=2 ** 61)
attempt(product, 'ab', rep=2)
attempt(product, 'ab', repeat=2, x=1)
attempt(product, 'ab', 5)
attempt(product, 5, loud())
attempt(product, loud(), 5)
attempt(product, 'ab', **{'repeat': 2})
