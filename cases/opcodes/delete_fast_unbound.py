# DELETE_FAST on a never-assigned local, and DELETE_GLOBAL of a missing global, uncaught.
def f():
    try:
        del y
    except UnboundLocalError as e:
        print 'UnboundLocalError:', e
    y = 1
f()
def g():
    global nothere
    del nothere
g()
