# Freeing an owner frees what it owns: the owner's __del__ runs before its attribute's.
class Noisy(object):
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print 'del', self.name
root = Noisy('root', Noisy('child', Noisy('grandchild')))
print 'dropping root'
root = None
print 'dropped'
