# A traceback walked with tb_next, tb_frame, tb_lineno and tb_lasti: each entry's frame,
# its code, its line, and the locals it still holds after the frames have ended.
import sys

def leaf(n):
    scratch = n * 2
    raise KeyError(n)

def middle(n):
    marker = 'middle'
    return leaf(n + 1)

def top():
    try:
        middle(1)
    except KeyError:
        return sys.exc_info()[2]

tb = top()
while tb is not None:
    f = tb.tb_frame
    print f.f_code.co_name, tb.tb_lineno, f.f_lineno, tb.tb_lasti == f.f_lasti,
    print sorted(f.f_locals.items()), f.f_back.f_code.co_name
    tb = tb.tb_next

try:
    middle(5)
except KeyError:
    t, v, tb = sys.exc_info()
    print tb.tb_frame is sys._getframe(), tb.tb_next.tb_frame.f_back is tb.tb_frame
    print tb.tb_next.tb_next.tb_frame.f_locals['scratch']
    print sys._getframe().f_exc_type, tb.tb_next.tb_frame.f_exc_type

def handler():
    try:
        raise ValueError('inner')
    except ValueError:
        f = sys._getframe()
        return f.f_exc_type, f.f_exc_value, type(f.f_exc_traceback).__name__

try:
    raise IndexError('outer')
except IndexError:
    print handler()
print handler()
