# A paused generator held by an object is closed when the object dies: after a method call
# returns its last reference, and when a new exception replaces the one whose traceback held it.
def walk(items):
    try:
        for item in items:
            yield item
    finally:
        print 'walk closed'
class Reader(object):
    def __init__(self, items):
        self.tokens = walk(items)
    def first(self):
        return self.tokens.next()
    def fail(self):
        self.tokens.next()
        raise ValueError('bad input')
print Reader([1, 2, 3]).first()
for attempt in range(2):
    try:
        Reader('ab').fail()
    except ValueError, e:
        print 'caught', e
print 'end'
