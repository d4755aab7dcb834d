# IMPORT_STAR from a built-in module brings its public names into the module namespace.
from sys import *
print maxint == 2 ** 63 - 1, type(argv), byteorder
print 'exit' in dir(), callable(exit)
