# close(): GeneratorExit at the yield, finally blocks, and a generator that ignores it.
def polite():
    try:
        yield 1
        yield 2
    finally:
        print 'polite cleanup'
p = polite()
print next(p)
print p.close()
print p.close()
print list(p)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print 'got GeneratorExit'
        raise
c = catches()
next(c)
c.close()
def stubborn():
    while True:
        try:
            yield 'still here'
        except GeneratorExit:
            print 'ignoring'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print 'RuntimeError:', e
never = polite()
never.close()
print 'closed an unstarted generator'
def returns_in_finally():
    try:
        yield 1
    finally:
        print 'leaving'
r = returns_in_finally()
next(r)
r.close()
