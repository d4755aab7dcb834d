# Raising built-in exceptions and catching them again.
def check(age):
    if age < 0:
        raise ValueError('age must be positive, got %d' % age)
    if age > 150:
        raise OverflowError, 'too old'
    return age
for a in [30, -1, 200]:
    try:
        print 'ok', check(a)
    except ValueError, e:
        print 'ValueError:', e
    except Exception, e:
        print type(e).__name__ + ':', e
def reraise():
    try:
        {}['missing']
    except KeyError:
        print 'logging and re-raising'
        raise
try:
    reraise()
except KeyError, e:
    print 'got it again', e
try:
    raise IndexError
except IndexError, e:
    print 'bare class', repr(e), e.args
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError, e:
    print 'AssertionError', e
