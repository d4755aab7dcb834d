# A with statement whose __exit__ suppresses some exception types and lets others pass.
class Ignore(object):
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print 'ignored', t.__name__
            return True
        return False
with Ignore(KeyError, IndexError):
    [][0]
print 'continued'
try:
    with Ignore(KeyError):
        int('bad')
except ValueError as e:
    print 'escaped', e
