# throw() in all its forms: class, class + value, class + value + traceback, instance.
import sys
def resilient():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print 'handled', repr(e)
g = resilient()
print next(g)
print g.throw(ValueError)
print g.throw(ValueError, 'with value')
print g.throw(ValueError, ValueError('an instance value'))
print g.throw(ValueError('instance'))
try:
    raise ValueError('for the traceback')
except ValueError:
    tb = sys.exc_info()[2]
print g.throw(ValueError, 'with tb', tb)
try:
    g.throw(ValueError('x'), 'y')
except TypeError as e:
    print 'TypeError:', e
try:
    g.throw('not an exception')
except TypeError as e:
    print 'TypeError:', e
try:
    g.throw(ValueError, None, 'not a traceback')
except TypeError as e:
    print 'TypeError:', e
try:
    g.throw(KeyError, 'escapes')
except KeyError as e:
    print 'KeyError escaped', repr(e)
try:
    g.throw(IndexError)
except IndexError:
    print 'finished generator rethrows'
fresh = resilient()
try:
    fresh.throw(ZeroDivisionError, 'before start')
except ZeroDivisionError as e:
    print 'unstarted', e
print list(fresh)
