# The methods of the standard streams: write and writelines reset the print softspace,
# unicode is written with the default encoding, stdin reads by line, block or iteration,
# and pipes refuse to seek. file.write of unicode goes through the codec registry.
import sys
print 'a',
sys.stdout.write('[written]')
print 'b'
sys.stdout.writelines(['one ', u'two ', 'three\n'])
sys.stdout.flush()
print sys.stdout.isatty(), sys.stdout.fileno(), sys.stdin.fileno(), sys.stdout.closed
print sys.stdout.mode, sys.stdin.mode, sys.stdout.name, sys.stdout.encoding
for bad in [3, [1]]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print 'TypeError:', e
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print 'TypeError:', e
sys.stdout.write(u'[unicode]\n')
try:
    sys.stdout.write(u'caf\xe9')
except UnicodeEncodeError as e:
    print 'UnicodeEncodeError:', e
try:
    sys.stdout.tell()
except IOError as e:
    print 'IOError:', e, e.errno
try:
    sys.stdout.read()
except IOError as e:
    print 'IOError:', e
print repr(sys.stdin.readline()), repr(sys.stdin.readline(3)), repr(sys.stdin.read(4))
print [line for line in sys.stdin][:2]
print repr(sys.stdin.read()), sys.stdin.readlines()

class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __repr__(self):
        return 'Money(%d)' % self.cents

class Old:
    def __abs__(self):
        return 'old abs'

import operator
print abs(Money(-250)), abs(Old()), operator.abs(-3), abs(-2 ** 63), abs(-1.5)
try:
    abs('x')
except TypeError as e:
    print 'TypeError:', e
sys.stderr.write('to stderr\n')
with sys.stdin as f:
    print f is sys.stdin
try:
    sys.stdin.readline()
except ValueError as e:
    print 'ValueError:', e
def lines():
    for i in xrange(1003):
        yield 'x' if i < 1001 else 5
try:
    sys.stdout.writelines(lines())
except TypeError as e:
    print
    print 'TypeError after the first chunk:', e
