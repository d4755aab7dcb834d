# WITH_CLEANUP when the with-body leaves by return, break and continue.
class CM(object):
    def __enter__(self):
        print 'in'
    def __exit__(self, *a):
        print 'out', a
def f():
    with CM():
        return 'returned'
print f()
for i in range(3):
    with CM():
        if i == 0:
            continue
        break
print 'i =', i
