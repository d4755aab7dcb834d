# __enter__/__exit__: the value bound by as, the exit arguments, and suppressing an exception.
class Ctx(object):
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print 'exit', self.name, typ, val
        return self.swallow
with Ctx('a') as v:
    print 'inside', v
with Ctx('b', True):
    raise ValueError('swallowed')
try:
    with Ctx('c'):
        raise KeyError('kept')
except KeyError as e:
    print 'outside', repr(e)
