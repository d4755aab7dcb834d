# Clearing containers frees their elements, in the order the container releases them.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
items = [Noisy('l0'), Noisy('l1'), Noisy('l2')]
print 'clearing list'
del items[:]
print 'list cleared'
d = {1: Noisy('d1'), 2: Noisy('d2')}
print 'clearing dict'
d.clear()
print 'popping'
stack = [Noisy('p')]
stack.pop()
print 'end'
