# The three-argument raise re-raises with a saved traceback; sys.exc_info shows type, value and a traceback.
import sys
def fail():
    raise ValueError('original')
try:
    fail()
except ValueError:
    saved = sys.exc_info()
print saved[0].__name__, saved[1], type(saved[2]).__name__
try:
    raise saved[0], saved[1], saved[2]
except ValueError as e:
    print 'reraised', e, sys.exc_info()[2].tb_next.tb_frame.f_code.co_name
