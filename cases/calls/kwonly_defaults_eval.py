# Default values are evaluated once at definition time, in order, left to right.
def make(tag):
    print 'evaluating', tag
    return tag
def f(a=make('a'), b=make('b')):
    return a + b
print 'defined'
print f(), f('x'), f(b='y')
