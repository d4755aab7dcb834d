# Locals are released when a function returns; a returned object survives.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
def work():
    temp = Noisy('temp')
    keep = Noisy('keep')
    print 'in work'
    return keep
k = work()
print 'returned', k.name
k = 0
print 'done'
