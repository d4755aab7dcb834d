# sys.exc_info() inside generators across yields: 2.7 restores the caller's exception state
# when the generator yields, and does not bring the generator's back on resume.
import sys
def show(where):
    t = sys.exc_info()[0]
    print where, t.__name__ if t is not None else None
def gen():
    show('gen start')
    try:
        raise ValueError('inside')
    except ValueError:
        show('gen handler')
        yield 1
        show('gen handler resumed')
    show('gen after')
    yield 2
g = gen()
next(g)
show('caller after first yield')
try:
    raise KeyError('caller')
except KeyError:
    show('caller handler')
    next(g)
    show('caller handler after resume')
show('caller end')
def reraise_after_yield():
    try:
        raise IndexError('first')
    except IndexError:
        yield 'in handler'
        raise
r = reraise_after_yield()
next(r)
try:
    next(r)
except Exception as e:
    print type(e).__name__, e
