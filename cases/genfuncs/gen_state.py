# Generator attributes: gi_running, gi_frame after exhaustion, and the generator's repr name.
def g():
    yield 1
it = g()
print it.gi_running, it.gi_frame is not None, g.__name__
print repr(it)[:repr(it).index(' at ')]
print list(it), it.gi_frame
print iter(it) is it
