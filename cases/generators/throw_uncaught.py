# An exception thrown into a generator escapes with the generator frame in its traceback.
def worker():
    total = 0
    while True:
        total += yield total
w = worker()
next(w)
w.send(5)
w.throw(RuntimeError, 'stop working')
