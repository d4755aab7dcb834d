# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0 and n > 100:
        return 'big even'
    elif n % 2 == 0:
        return 'even'
    else:
        return 'odd'
for n in [-5, 0, 7, 8, 102, 101]:
    print n, classify(n)
x = 3
if x:
    print 'x is true'
if not x - 3:
    print 'x is three'
y = 'yes' if x > 2 else 'no'
print y, ('a' if x < 0 else 'b' if x < 5 else 'c')
for v in [None, 0, '', [], 'a', [0]]:
    if v:
        print repr(v), 'truthy'
    else:
        print repr(v), 'falsy'
