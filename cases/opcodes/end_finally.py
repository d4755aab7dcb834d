# END_FINALLY forms: after a normal exit, re-raising an exception, a pending return, a break.
def normal():
    try:
        x = 1
    finally:
        print 'cleanup normal'
    return x
def reraise():
    try:
        raise ValueError('v')
    finally:
        print 'cleanup reraise'
def ret():
    try:
        return 'from try'
    finally:
        print 'cleanup ret'
def override():
    try:
        return 1
    finally:
        return 2
def unmatched():
    try:
        raise KeyError('k')
    except ValueError:
        print 'wrong'
print normal()
try:
    reraise()
except ValueError as e:
    print 'caught', e
print ret(), override()
try:
    unmatched()
except KeyError as e:
    print 'passed through', e
