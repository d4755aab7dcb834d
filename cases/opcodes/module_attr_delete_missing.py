# DELETE_ATTR of a name a module does not have raises AttributeError carrying just the name.
import sys
try:
    del sys.never_defined
except AttributeError as e:
    print 'AttributeError:', e, e.args
sys.x_tmp = 1
del sys.x_tmp
try:
    del sys.x_tmp
except AttributeError as e:
    print 'AttributeError:', e
