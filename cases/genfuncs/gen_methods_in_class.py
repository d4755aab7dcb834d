# A generator method on a class, and __iter__ written as a generator.
class Countdown(object):
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def pairs(self):
        for n in self:
            yield n, n * n
c = Countdown(3)
print list(c), list(c.pairs())
print [a for a in c if a != 2]
