# The global statement and name resolution in nested functions.
count = 0
name = 'module'
def bump():
    global count
    count += 1
    return count
def shadow():
    name = 'local'
    return name
def read_global():
    return name
bump()
bump()
print count, bump(), count
print shadow(), read_global(), name
def set_new():
    global created
    created = 'made inside'
set_new()
print created
def outer():
    x = 'outer x'
    def inner():
        return x + ' seen from inner'
    return inner()
print outer()
def uses_before_assign():
    try:
        print count
        count = 5
    except UnboundLocalError, e:
        print 'UnboundLocalError:', e
uses_before_assign()
print len(dir()) > 5, 'bump' in globals(), sorted(k for k in globals() if k.startswith('c'))
