# An exception escaping after a finally block runs: finally output precedes the traceback.
def work():
    try:
        print 'working'
        return {}['missing']
    finally:
        print 'cleanup'
work()
