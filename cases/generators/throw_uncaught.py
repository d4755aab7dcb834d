# An exception thrown into a generator escapes with the generator frame in its traceback.
# Paused generators still alive then (one in a global, one in the locals of the generator
# frame the traceback keeps) are closed after the traceback is printed.
def resource(name):
    try:
        yield name
    finally:
        print 'close', name
kept = resource('global')
next(kept)
def worker():
    total = 0
    held = resource('held by worker')
    next(held)
    while True:
        total += yield total
w = worker()
next(w)
w.send(5)
w.throw(RuntimeError, 'stop working')
