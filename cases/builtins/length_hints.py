# Which object _PyObject_LengthHint asks: sorted, tuple, list, list +=, f(*x) ask the iterable;
# str and unicode join (PySequence_Fast) ask the iterator, after asking it for its iterator again.
class Bag(object):
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
class Walk(object):
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def next(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return str(self.n)
    def __len__(self): return self.n
b = Bag(['x', 'y', 'z'])
print sorted(b, reverse=True), '-'.join(b), u'+'.join(b), tuple(b), list(b)
print '-'.join(Walk(3)), u'.'.join(Walk(2)), sorted(Walk(4))
l = []
l += b
l.extend(Walk(2))
print l, max(b), set(b) == set(['x', 'y', 'z'])
def f(*a): return a
print f(*b), f(*Walk(2))
try:
    '-'.join(5)
except TypeError as e:
    print e
