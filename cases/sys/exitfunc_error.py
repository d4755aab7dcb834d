# An exception from sys.exitfunc is reported after 'Error in sys.exitfunc:'; the status of
# the run it ends does not change.
import sys
def failing():
    print 'exitfunc runs', 'exitfunc' in dir(sys)
    raise ValueError('in exitfunc')
sys.exitfunc = failing
print 'ending',
