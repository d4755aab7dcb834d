# __del__ of objects freed more than 50 levels deep runs when CPython's trashcan frees them.
class N(object):
    def __init__(self, i):
        self.i = i
    def __del__(self):
        print 'del', self.i,

x = None
for i in range(130):
    x = [N(i), x]
del x
print
class Link(object):
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        if self.i % 7 == 0:
            print 'link', self.i,
y = None
for i in range(120):
    y = Link(i, y)
y = None
print
t = None
for i in range(120):
    t = (N(1000 + i), t)
t = 0
print
print 'end'
