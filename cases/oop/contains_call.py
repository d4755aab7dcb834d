# __contains__ for the in operator and __call__ making instances callable.
class Evens(object):
    def __contains__(self, n):
        return n % 2 == 0
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (x + self.n) * scale
e = Evens()
print 4 in e, 5 in e, 5 not in e
add3 = Adder(3)
print add3(4), add3(1, scale=10), map(add3, [0, 1]), callable(add3), callable(e)
