# bisect and heapq from the standard library over the native _bisect and _heapq (and
# itertools.tee, which heapq imports).
import bisect
import heapq
from itertools import tee
a = [1, 3, 3, 5, 8]
print bisect.bisect(a, 3), bisect.bisect_left(a, 3), bisect.bisect_right(a, 4, 1, 3)
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print a
h = []
for x in [5, 1, 8, 3, 9, 2, (4)]:
    heapq.heappush(h, x)
print h, heapq.heappop(h), heapq.heappop(h), h
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print data, heapq.heapreplace(data, 6), heapq.heappushpop(data, 0), data
print heapq.nsmallest(3, [5, 2, 8, 1, 9]), heapq.nlargest(2, [5, 2, 8, 1, 9])
x, y = tee(iter([1, 2, 3]))
print list(x), list(y)
try:
    heapq.heappop([])
except IndexError as e:
    print 'IndexError:', e
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print 'ValueError:', e
