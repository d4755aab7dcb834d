# At exit the interpreter calls sys.exitfunc, which the atexit module sets: the functions
# registered run last first, untraced, after the program's output.
import atexit
import sys
def bye(name, punctuation='.'):
    print 'bye', name + punctuation
atexit.register(bye, 'one')
atexit.register(bye, 'two', punctuation='!')
print 'main', callable(sys.exitfunc), hasattr(sys, 'exitfunc')
