# A frame object held by the program keeps its locals alive, and through f_back its callers'
# locals; they are freed (and __del__ runs) when the last reference to the frame goes, and a
# handled exception's traceback keeps the failed frame's locals until the handler's frame ends.
import sys

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name

def inner():
    mine = Noisy('inner local')
    return sys._getframe()

def outer():
    theirs = Noisy('outer local')
    return inner()

held = outer()
print 'held', held.f_code.co_name, held.f_back.f_code.co_name
del held
print 'released'

def paused():
    keep = Noisy('generator local')
    try:
        yield 1
        yield 2
    finally:
        print 'generator closing'

g = paused()
g.next()
fr = g.gi_frame
print 'dropping generator'
del g
print 'frame kept', fr.f_lineno, fr.f_locals['keep'].name
del fr
print 'frame dropped'

def fails():
    doomed = Noisy('failing local')
    raise RuntimeError('boom')

def catch(clear):
    try:
        fails()
    except RuntimeError:
        print 'caught', sys.exc_info()[2].tb_next.tb_frame.f_locals['doomed'].name
    if clear:
        sys.exc_clear()
    print 'after handler'

catch(False)
print 'after catch'
catch(True)
print 'after clearing catch'
