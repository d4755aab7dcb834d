# Objects still alive when the program ends: __del__ order for module globals at shutdown.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
a = Noisy('a')
b = Noisy('b')
lst = [Noisy('in-list')]
print 'end of module'
