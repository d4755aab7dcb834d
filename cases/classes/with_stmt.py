class CM(object):
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print 'exit', self.name, t, v, tb is None
        return self.swallow

with CM('a') as x:
    print 'body', x

with CM('b', True):
    raise KeyError('k')
print 'after b'

try:
    with CM('c'):
        1 / 0
except ZeroDivisionError as e:
    print 'propagated', e

def g():
    with CM('d'):
        return 'returned'
print g()

for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print 'in loop', i

with CM('outer') as o, CM('inner') as i:
    print o, i

class OldCM:
    def __enter__(self):
        print 'old enter'
        return self
    def __exit__(self, *args):
        print 'old exit', args[0]
with OldCM():
    pass

class NoExit(object):
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except AttributeError as e:
    print 'AttributeError', e

with CM('e', True):
    {}['missing']
print 'done'
