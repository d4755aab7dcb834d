# Set iteration order through growth, deletes, dummy reuse, clear and pop.
s = set()
for i in range(0, 200, 7):
    s.add(i)
print s
for i in range(0, 200, 14):
    s.discard(i)
print s, len(s)
for i in range(300, 320):
    s.add(i)
print s
out = []
while len(s) > 20:
    out.append(s.pop())
print out, s
s.clear()
s.update('the quick brown fox')
print s
t = set(['apple', 'pear', 'fig', 'kiwi', 'plum', 'date', 'lime', 'yuzu'])
print t, t.copy(), set(t), frozenset(t)
print set([x * x for x in range(12)])
