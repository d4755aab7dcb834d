# Set iteration order and repr for small ints and strings, and set comprehension.
print set([5, 3, 8, 1])
print set(['b', 'a', 'c'])
s = {x % 7 for x in range(20)}
print s
print set(), set('hello')
s.pop()
print s
