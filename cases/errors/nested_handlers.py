# Nested try blocks: inner handler misses, outer catches; exception raised inside a handler.
try:
    try:
        [][1]
    except KeyError:
        print 'wrong handler'
    finally:
        print 'inner finally'
except IndexError as e:
    print 'outer caught', e
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('from handler')
except TypeError as e:
    print 'second', e
