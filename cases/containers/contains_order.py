# `x in seq` compares with the searched value on the left (list_contains, tuplecontains,
# _PySequence_IterSearch); list.index, count and remove put the item on the left.
class Key(object):
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print '  %s == %s' % (self.name, getattr(other, 'name', other))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%r)' % self.name

keys = [Key('a'), Key('b'), Key('c')]
print Key('b') in keys
print Key('z') in tuple(keys)
print Key('c') in iter(keys)
print keys.index(Key('b')), keys.count(Key('a'))
keys.remove(Key('c'))
print keys, 3 in keys
