# EnvironmentError and its subclasses built with 0 to 4 arguments: args, str, errno, strerror, filename.
for e in [IOError(1, 'x', None), OSError(), OSError('a'), EnvironmentError(1, 2, 3, 4), IOError(u'e', 's'), IOError(3, 'x', 'f.txt'), OSError(2, 'gone')]:
    print repr(e), '|', str(e), '|', e.args, e.errno, e.strerror, e.filename
try:
    raise IOError(5, 'denied', 'secret')
except EnvironmentError as e:
    print e, e.args
