# map(), filter(), zip() and tuple() ask a Python-defined __len__ for a length hint, each at its own moment.
class Bag(object):
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item
    def __len__(self):
        return len(self.items)
def gen(n):
    for i in range(n):
        yield i
b = Bag([1, 2, 3])
print map(str, b)
print filter(lambda x: x % 2, b)
print filter(lambda x: x > 0, gen(3))
print zip(b, 'abc'), zip(gen(2), b)
print tuple(b), list(b)
class NoLen(object):
    def __len__(self):
        raise TypeError('no length')
    def __iter__(self):
        return iter([7, 8])
print map(None, NoLen()), zip(NoLen(), b)
