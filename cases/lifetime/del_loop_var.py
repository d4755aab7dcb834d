# A loop variable keeps its last object alive after the loop until it is rebound.
class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
for i in range(3):
    obj = Noisy(i)
    print 'made', i
print 'after loop'
obj = None
print 'end'
