# None, True, False, Ellipsis, NotImplemented and () are singletons.
print None is None, (1 == 1) is True, (1 == 2) is False, bool(1) is True
print () is (), tuple() is (), tuple([]) is ()
print type(None)() is None if False else 'skip', [].sort() is None
print Ellipsis is Ellipsis, NotImplemented is NotImplemented
print frozenset() == frozenset(), not not 5 is True
