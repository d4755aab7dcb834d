# The built-in exception hierarchy: catching by base classes and the MRO of common exceptions.
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError, IOError, StopIteration, UnicodeDecodeError]:
    print exc.__name__, [c.__name__ for c in exc.__mro__[1:]]
try:
    {}[1]
except LookupError as e:
    print 'LookupError caught', repr(e)
print issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException)
