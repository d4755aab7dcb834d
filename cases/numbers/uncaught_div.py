# An uncaught ZeroDivisionError from a long modulo ends the program with a traceback.
x = 10 ** 30
print 'x has', len(str(x)), 'digits'
print x % (x - x)
