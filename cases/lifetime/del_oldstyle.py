# __del__ on old-style class instances runs on rebinding and at function exit.
class Old:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'old del', self.name
o = Old('one')
o = Old('two')
def f():
    Old('local')
    print 'in f'
f()
print 'end'
del o
