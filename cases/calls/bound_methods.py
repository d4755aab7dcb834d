# Bound and unbound methods passed around as values, and calling unbound with the wrong instance.
class Greeter(object):
    def __init__(self, name):
        self.name = name
    def hello(self, punct='!'):
        return 'hello ' + self.name + punct
g = Greeter('ann')
m = g.hello
print m(), m('?'), m.im_self.name
u = Greeter.hello
print u(Greeter('bob'))
print map(Greeter.hello, [g, Greeter('cy')])
try:
    u('not a greeter')
except TypeError as e:
    print 'TypeError:', e
print m == g.hello, m is g.hello
