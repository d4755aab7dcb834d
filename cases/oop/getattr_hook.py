# __getattr__ is called only for missing attributes; getattr with default and hasattr use it.
class Lazy(object):
    real = 'present'
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)
l = Lazy()
print l.real, l.xyz, getattr(l, 'xa', 'd'), getattr(l, 'nope', 'd')
print hasattr(l, 'xq'), hasattr(l, 'q')
try:
    l.missing
except AttributeError as e:
    print 'AttributeError:', e
