# Exception object attributes: args, message, str/repr of zero, one and many args.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('k'), EnvironmentError(2, 'no file')]:
    print repr(e), '|', str(e), '|', e.args
e = IOError(2, 'missing', 'f.txt')
print e.errno, e.strerror, e.filename, str(e)
