# In-place operators: __iadd__ mutating self versus fallback to __add__ creating a new object.
class Bag(object):
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
class Frozen(object):
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        return Frozen(self.n + k)
b = Bag([1])
alias = b
b += [2, 3]
print b is alias, alias.items
f = Frozen(1)
g = f
f += 5
print f is g, f.n, g.n
