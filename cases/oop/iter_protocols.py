# Iteration via __iter__/next and via the old __getitem__ protocol ending in IndexError.
class Range3(object):
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def next(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
class Letters(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return 'abc'[i]
print list(Range3()), list(Letters()), 'b' in Letters()
for ch in Letters():
    print ch,
print
