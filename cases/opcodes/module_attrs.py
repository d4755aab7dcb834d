# STORE_ATTR and DELETE_ATTR on a module object, and the AttributeError on reading it after deletion.
import sys
sys.custom_flag = 'set'
print sys.custom_flag, hasattr(sys, 'custom_flag')
sys.custom_flag += '!'
print sys.custom_flag
del sys.custom_flag
print hasattr(sys, 'custom_flag')
try:
    sys.custom_flag
except AttributeError as e:
    print 'AttributeError:', e
