# __del__ can still read the object's attributes; a dict value replaced by assignment is freed then.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name, len(self.__dict__)
cache = {'k': Noisy('old')}
print 'replacing'
cache['k'] = Noisy('new')
print 'replaced'
cache.pop('k')
print 'popped'
