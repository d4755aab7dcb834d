# Runs NAME.pyc as __main__ on the reference engine, traced from its first
# instruction (docs/trace-format.md, section 5).  Usage, from the directory
# holding NAME.pyc:  python2.7 -S -E -B -c "$(cat pzrun.py)" NAME.pyc ARGS...
#
# Only built-in modules are imported, so nothing is loaded (or traced) before
# the program.  This file runs at module level on purpose: a function frame of
# the runner would itself be traced.
import sys
import marshal
import imp

# Replacing sys.modules['__main__'] below would free this module and clear
# these globals while they are still in use; keep the module alive.
_pz_runner = sys.modules['__main__']
_pz_name = sys.argv[1]
_pz_file = open(_pz_name, 'rb')
_pz_data = _pz_file.read()
_pz_file.close()
if _pz_data[:4] != imp.get_magic() or len(_pz_data) < 8:
    sys.stderr.write('pzrun: %s: not a Python 2.7 .pyc file\n' % _pz_name)
    sys.exit(2)
try:
    _pz_code = marshal.loads(_pz_data[8:])
except (EOFError, ValueError, TypeError), _pz_err:
    sys.stderr.write('pzrun: %s: bad marshal data (%s)\n' % (_pz_name, _pz_err))
    sys.exit(2)
if type(_pz_code) is not type(compile('', _pz_name, 'exec')):
    sys.stderr.write('pzrun: %s: does not hold a code object\n' % _pz_name)
    sys.exit(2)

_pz_main = imp.new_module('__main__')  # __name__, __doc__, __package__
_pz_globals = _pz_main.__dict__
_pz_globals['__builtins__'] = sys.modules['__builtin__']
_pz_globals['__file__'] = _pz_name
sys.modules['__main__'] = _pz_main
sys.argv = sys.argv[1:]
sys.path[0] = ''

try:
    # This frame was entered untraced; the program's frame, whose f_back it
    # is, sees __pztrace__ and is traced from its first instruction.
    __pztrace__ = 1
    try:
        exec _pz_code in _pz_globals
    finally:
        del __pztrace__
except SystemExit:
    raise
except:
    _pz_type, _pz_value, _pz_tb = sys.exc_info()
    sys.excepthook(_pz_type, _pz_value, _pz_tb.tb_next)
    sys.exit(1)
