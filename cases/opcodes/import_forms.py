# IMPORT_NAME and IMPORT_FROM with `as` aliases, and the ImportError of a missing name in a module.
import sys as system
from sys import maxint as mi, byteorder
print system.maxint == mi, byteorder in ('little', 'big')
import sys
print sys is system
try:
    from sys import no_such_name
except ImportError as e:
    print 'ImportError:', e
