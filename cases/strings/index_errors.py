# String indexing errors and edge cases: out of range, non-int indices, negative wrap.
s = 'hello'
print s[0], s[-5], s[4], s[-1]
for i in [5, -6, 100]:
    try:
        s[i]
    except IndexError as e:
        print 'IndexError:', e
try:
    s['a']
except TypeError as e:
    print 'TypeError:', e
try:
    s[1] = 'x'
except TypeError as e:
    print 'TypeError:', e
print s[True], s[2L], s[-2L]
