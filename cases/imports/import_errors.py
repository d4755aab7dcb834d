# ImportError and friends, caught: missing modules, missing names, bad arguments.
try:
    import no_such_module_here
except ImportError as e:
    print 'ImportError:', e
try:
    from math import no_such_name
except ImportError as e:
    print 'ImportError:', e
try:
    import math.nothing
except ImportError as e:
    print 'ImportError:', e
try:
    __import__(42)
except TypeError as e:
    print 'TypeError:', e
try:
    from . import sibling
except ValueError as e:
    print 'ValueError:', e
try:
    __import__('')
except ValueError as e:
    print 'ValueError:', e
import sys
print 'no_such_module_here' in sys.modules
