# try / except / finally with built-in exceptions.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError, e:
        print 'caught ZeroDivisionError:', e
        return None
    else:
        print 'no error'
        return result
    finally:
        print 'finally for', a, b
print divide(10, 2)
print divide(1, 0)
d = {'a': 1}
try:
    d['b']
except KeyError as e:
    print 'KeyError', e, repr(e), e.args
l = [1, 2, 3]
try:
    l[10]
except (KeyError, IndexError), e:
    print type(e).__name__, e
try:
    int('abc')
except ValueError, e:
    print 'ValueError', e
try:
    undefined_name
except NameError, e:
    print 'NameError', e
try:
    None + 1
except TypeError, e:
    print 'TypeError', e
try:
    try:
        raise ValueError('inner')
    finally:
        print 'inner finally'
except ValueError, e:
    print 'outer caught', e
