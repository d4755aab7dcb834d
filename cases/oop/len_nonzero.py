# Truth testing: __nonzero__ takes priority over __len__, and __len__ alone decides otherwise.
class Empty(object):
    def __len__(self):
        return 0
class Full(object):
    def __len__(self):
        return 3
class Flag(object):
    def __init__(self, f):
        self.f = f
    def __nonzero__(self):
        return self.f
    def __len__(self):
        return 1
class Plain(object):
    pass
print bool(Empty()), bool(Full()), len(Full()), bool(Flag(False)), bool(Flag(True)), bool(Plain())
if not Empty():
    print 'empty is falsy'
print [x for x in [Empty(), Full(), Flag(0)] if x].__len__()
