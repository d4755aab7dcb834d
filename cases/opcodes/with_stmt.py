# SETUP_WITH and WITH_CLEANUP: normal exit, an exception passed to __exit__, and suppression.
class CM(object):
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t is None, v
        return self.swallow
with CM('a', False) as v:
    print 'body', v
with CM('b', True):
    raise ValueError('hidden')
try:
    with CM('c', False):
        raise KeyError('shown')
except KeyError as e:
    print 'caught', e
