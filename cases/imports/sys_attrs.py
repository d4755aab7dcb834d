# sys attributes programs commonly read.
import sys
print sys.maxint, sys.maxsize, sys.byteorder, sys.platform
print sys.version_info[:3], sys.version_info[0] == 2, sys.hexversion
print sys.getrecursionlimit()
sys.setrecursionlimit(500)
print sys.getrecursionlimit()
print sys.argv, sys.path[0] == '', type(sys.modules).__name__
print sys.builtin_module_names[:3], sys.maxunicode
try:
    sys.exit('bye')
except SystemExit as e:
    print 'SystemExit:', e.code
