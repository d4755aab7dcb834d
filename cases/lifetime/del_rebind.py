# __del__ runs at the moment the last reference goes away when a name is rebound.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
x = Noisy('first')
print 'rebinding'
x = Noisy('second')
print 'rebound'
x = None
print 'end'
