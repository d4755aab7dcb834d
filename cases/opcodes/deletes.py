# DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_ATTR, DELETE_SUBSCR and their errors.
g = 1
def kill_global():
    global g
    del g
kill_global()
print 'g' in globals()
def local():
    x = 5
    del x
    try:
        print x
    except UnboundLocalError as e:
        print 'UnboundLocalError:', e
local()
n = 3
del n
try:
    n
except NameError as e:
    print 'NameError:', e
try:
    del n
except NameError as e:
    print 'NameError:', e
d = {'a': 1, 'b': 2}
del d['a']
print d
try:
    del d['zz']
except KeyError as e:
    print 'KeyError:', e
class C: pass
c = C()
c.v = 1
del c.v
print hasattr(c, 'v')
