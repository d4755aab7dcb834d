# PRINT_EXPR calls sys.displayhook: a program's own hook, then the built-in one (kept in
# sys.__displayhook__), which prints the repr on its own line and sets __builtin__._.
import sys
import __builtin__
def template():
    pass
code = type(template.func_code)
# LOAD_CONST 0, PRINT_EXPR, LOAD_CONST 1, RETURN_VALUE
shows = code(0, 0, 1, 64, 'd\x00\x00Fd\x01\x00S', ([1, 'two'], None), (), (), 'shown.py',
             'shows', 1, '')
def hook(value):
    print 'hook got', value
sys.displayhook = hook
exec shows
sys.displayhook = sys.__displayhook__
print 'partial',
exec shows
print __builtin__._
sys.displayhook(None)
sys.displayhook('text')
sys.displayhook(3)
print _
del sys.displayhook
try:
    exec shows
except RuntimeError, e:
    print 'RuntimeError:', e
