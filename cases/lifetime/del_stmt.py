# del of the last reference runs __del__ immediately; del of one of two references does not.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
a = Noisy('a')
b = a
del a
print 'a deleted, b alive'
del b
print 'b deleted'
