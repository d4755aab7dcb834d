# An excepthook may end the run with its own status through SystemExit.
import sys
def hook(exc_type, value, tb):
    print 'hook:', exc_type, value
    sys.exit(4)
sys.excepthook = hook
{}['missing']
