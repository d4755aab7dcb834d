# id() is stable for a live object, equal ids mean identity, distinct live objects differ.
L = [1]
M = [1]
print id(L) == id(L), id(L) == id(M), L == M
alias = L
print id(alias) == id(L), alias is L
alias.append(2)
print L
print id(None) == id(None), id(True) == id(1 == 1), type(id(L)).__name__ in ('int', 'long')
d = {}
d[id(L)] = 'L'
print d[id(alias)]
