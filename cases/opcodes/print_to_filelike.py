# PRINT_ITEM_TO with a user-defined file-like object: write() calls and softspace.
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
f = Sink()
print >>f, 'hello', 42
print >>f, 'x',
print >>f, 'y'
print f.parts
print f.softspace
try:
    print >>42, 'bad'
except AttributeError as e:
    print 'AttributeError:', e
