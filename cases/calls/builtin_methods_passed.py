# Bound methods of built-in objects stored and called later.
items = []
push = items.append
for i in range(3):
    push(i * i)
print items
upper = 'abc'.upper
print upper(), map(str.strip, [' a ', 'b '])
lookup = {'x': 1}.get
print lookup('x'), lookup('y', 0)
join = ', '.join
print join(['p', 'q'])
