# sys.exit in sys.exitfunc sets the exit status, even after an uncaught exception.
import sys
def leave():
    print 'leaving'
    sys.exit(7)
sys.exitfunc = leave
raise KeyError('uncaught')
