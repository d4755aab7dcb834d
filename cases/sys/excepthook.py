# A program's sys.excepthook receives the uncaught exception (after the traceback of the
# frames it left) in place of the printed traceback; the exit status stays 1.
import sys
def hook(exc_type, value, tb):
    print 'hook:', exc_type.__name__, value, tb.tb_lineno
    print >>sys.stderr, 'from the hook'
    sys.__excepthook__(exc_type, value, tb)
sys.excepthook = hook
print sys.excepthook is hook, sys.__excepthook__ is not hook
def fail(n):
    raise ValueError('bad %d' % n)
fail(3)
