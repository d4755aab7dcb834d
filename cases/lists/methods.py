# List methods.
l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.insert(0, 2)
l.insert(-1, 6)
l.insert(100, 7)
print l, len(l)
print l.pop(), l.pop(0), l.pop(-2), l
l.remove(1)
print l, l.index(4), l.count(1), l.count(42)
l.reverse()
print l
l.sort()
print l
l.sort(reverse=True)
print l
words = ['banana', 'Apple', 'cherry', 'fig', 'date']
words.sort()
print words
words.sort(key=len)
print words
words.sort(key=lambda w: w.lower(), reverse=True)
print words
print sorted([5, 2, 8, 1]), sorted('hello'), sorted([(2, 'b'), (1, 'z'), (2, 'a')])
print sorted([-3, 2, -1], key=abs), sorted(range(6), reverse=True)
try:
    l.remove(99)
except ValueError, e:
    print 'ValueError:', e
