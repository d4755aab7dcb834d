# staticmethod and classmethod called on the class, on instances, and from a subclass.
class Counter(object):
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def describe(x):
        return 'value %s' % x
class Sub(Counter):
    pass
a = Counter.make()
b = Sub.make()
c = b.make()
print type(a).__name__, type(b).__name__, type(c).__name__
print Counter.count, Sub.count
print Counter.describe(1), a.describe(2)
