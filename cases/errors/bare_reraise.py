# Bare raise re-raises the exception being handled, through an outer handler.
def inner():
    try:
        {}['k']
    except KeyError:
        print 'inner saw it'
        raise
try:
    inner()
except KeyError as e:
    print 'outer got', repr(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print 'as ArithmeticError:', e
