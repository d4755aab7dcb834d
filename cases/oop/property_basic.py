# property with getter, setter and deleter, and a read-only property.
class Temp(object):
    def __init__(self):
        self._c = 0
    def _get(self):
        return self._c
    def _set(self, v):
        print 'set', v
        self._c = v
    def _del(self):
        print 'deleted'
        del self._c
    celsius = property(_get, _set, _del)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print t.celsius, t.fahrenheit
try:
    t.fahrenheit = 1
except AttributeError as e:
    print 'AttributeError:', e
del t.celsius
print hasattr(t, '_c')
