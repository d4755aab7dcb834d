# sys's data attributes and simple functions, with the values of `python -S -E -B`.
import sys
print sys.api_version, sys.hexversion, hex(sys.hexversion), sys.platform, sys.byteorder
print sys.maxsize, sys.maxint, sys.maxunicode, sys.float_repr_style
print sys.dont_write_bytecode, sys.py3kwarning, sys.subversion, sys.warnoptions
print sys.copyright
print sys.builtin_module_names
print repr(sys.version[:7]), sys.version[:6], sys.version_info[:3]
print sys.version
print sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getdlopenflags()
print sys.getcheckinterval(), sys.setcheckinterval(50), sys.getcheckinterval()
print sys.setdlopenflags(258), sys.getdlopenflags(), sys.callstats()
print sys.executable == sys.prefix + '/bin/python2.7', sys.prefix == sys.exec_prefix
print sys.path[2] == sys.prefix + '/lib/python2.7', sys.argv, sys.path[0]
print sys.gettrace(), sys.getprofile()
def tracer(*args):
    print 'tracer', args
# No Python frame starts while the trace function is set, so it is never called.
sys.settrace(tracer)
traced = sys.gettrace() is tracer
sys.settrace(None)
print traced, sys.gettrace(), sys.setprofile(None), sys.getprofile()
print sys.call_tracing(max, (3, 9, 4)), sys.call_tracing(lambda *a: a, ())
for args in [(max, [1]), (max,)]:
    try:
        sys.call_tracing(*args)
    except TypeError, e:
        print 'TypeError:', e
try:
    raise KeyError('x')
except KeyError:
    print sys.exc_info()[0], sys.exc_type
    sys.exc_clear()
    print sys.exc_info(), sys.exc_type, sys.exc_value
print sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__
print sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__
try:
    sys.exit(1, 2)
except TypeError, e:
    print 'TypeError:', e
for code in [None, 0, 'text']:
    try:
        sys.exit(code)
    except SystemExit, e:
        print 'SystemExit', repr(e.code)
