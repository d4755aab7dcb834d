# __setattr__ and __delattr__ hooks validating and recording assignments.
class Strict(object):
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError('%s must be int' % name)
        print 'set', name, value
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print 'del', name
        object.__delattr__(self, name)
s = Strict()
s.a = 1
try:
    s.b = 'x'
except TypeError as e:
    print 'TypeError:', e
del s.a
print s.__dict__
