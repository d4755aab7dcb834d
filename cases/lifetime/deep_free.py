# Freeing deeply nested structures: CPython's trashcan unwinds them without deep recursion,
# and the VM must free them too (and run __del__ in the same order).
deep = reduce(zip, [[0]] * 300000, [()])
print len(deep), len(deep[0])
del deep
print 'freed'

class Node(object):
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt
    def __del__(self):
        if self.n % 10 == 0:
            print 'del', self.n,

head = None
for i in range(60):
    head = Node(i, head)
pair = [head, Node(100, None)]
head = None
del pair
print
print 'done'
