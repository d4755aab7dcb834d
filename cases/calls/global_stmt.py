# The global statement: rebinding a module name from a function, and UnboundLocalError without it.
count = 0
def bump():
    global count
    count += 1
    return count
bump()
bump()
print count
def broken():
    count += 1
try:
    broken()
except UnboundLocalError as e:
    print 'UnboundLocalError:', e
def creates():
    global fresh
    fresh = 'made'
creates()
print fresh
