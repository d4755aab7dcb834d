# Temporaries created in expressions are freed as soon as the expression is done with them.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
    def value(self):
        return len(self.name)
print Noisy('temp').value()
print 'next'
n = [Noisy('x%d' % i).value() for i in range(2)]
print n
