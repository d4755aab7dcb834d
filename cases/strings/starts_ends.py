# startswith/endswith with tuples of prefixes and start/end bounds.
s = 'filename.tar.gz'
print s.startswith('file'), s.startswith(('x', 'fil')), s.startswith('name', 4), s.startswith('')
print s.endswith('.gz'), s.endswith(('.zip', '.tar.gz')), s.endswith('tar', 0, 12), s.endswith('z', 20)
try:
    s.startswith(['f'])
except TypeError as e:
    print 'TypeError:', e
