class Res(object):
    def __init__(self, name):
        self.name = name
        print 'open', name
    def __del__(self):
        print 'close', self.name

a = Res('a')
del a
print 'after del a'
b = Res('b')
b = Res('b2')
print 'after rebind'

def scope():
    r = Res('local')
    print 'in scope'
scope()
print 'after scope'

c = Res('c')
lst = [c]
del c
print 'still referenced'
lst.pop()
print 'popped'

class Old:
    def __del__(self):
        print 'old del'
o = Old()
o = None
print 'after old'

class Bad(object):
    def __del__(self):
        raise ValueError('in del')
x = Bad()
del x
print 'end'
