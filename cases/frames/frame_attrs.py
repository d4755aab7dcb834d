# Writing frame attributes: f_trace and the f_exc_* fields take values, f_lineno only from a
# trace function, the members are read-only, other names do not exist.
import sys

def probe():
    f = sys._getframe()
    line = f.f_lineno
    f.f_trace = len
    print f.f_trace, f.f_lineno == line
    f.f_trace = None
    print f.f_trace, f.f_lineno == line
    f.f_exc_value = 'set by hand'
    print f.f_exc_value, f.f_exc_type
    f.f_exc_value = None
    print f.f_exc_value
    for name, value in [('f_lineno', 3), ('f_lineno', 'x'), ('f_code', None),
                        ('f_back', 1), ('f_lasti', 0), ('f_locals', {}),
                        ('f_restricted', 1), ('f_other', 1)]:
        try:
            setattr(f, name, value)
        except (AttributeError, TypeError, ValueError) as e:
            print name, type(e).__name__, e
    try:
        del f.f_lineno
    except AttributeError as e:
        print 'del', e
    return f

done = probe()
print done.f_exc_value, done.f_trace
print sorted(n for n in dir(done) if n.startswith('f_'))
print hasattr(done, '__dict__'), done == done, done != sys._getframe()
