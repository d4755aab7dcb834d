# Compiles NAME.py into a .pyc for the runner: the 2.7 magic, a zero
# timestamp and the marshalled module code, with co_filename set to the name
# given.  Usage:  python2.7 -S -E -B -c "$(cat pzcompile.py)" NAME.py OUT.pyc
import sys
import marshal
import imp

_pz_source_name, _pz_out_name = sys.argv[1], sys.argv[2]
_pz_file = open(_pz_source_name, 'U')
_pz_source = _pz_file.read()
_pz_file.close()
if not _pz_source.endswith('\n'):
    _pz_source += '\n'
_pz_code = compile(_pz_source, _pz_source_name, 'exec')
_pz_file = open(_pz_out_name, 'wb')
_pz_file.write(imp.get_magic() + '\0\0\0\0' + marshal.dumps(_pz_code))
_pz_file.close()
