# __getattribute__ intercepts every attribute read, delegating to object for the real lookup.
class Logged(object):
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print 'get', name
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'
x = Logged()
print x.a
print x.method()
try:
    x.nothere
except AttributeError as e:
    print 'AttributeError:', e
