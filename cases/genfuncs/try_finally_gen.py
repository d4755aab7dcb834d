# try/finally inside a generator: finally runs on exhaustion, on close, and when garbage-collected.
def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print 'cleanup', name
for x in guarded('full'):
    print x
g = guarded('closed')
print next(g)
g.close()
h = guarded('dropped')
print next(h)
h = None
print 'after drop'
