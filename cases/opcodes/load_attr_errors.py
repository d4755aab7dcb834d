# LOAD_ATTR and STORE_ATTR on built-in objects: missing and read-only attributes.
try:
    (1).foo
except AttributeError as e:
    print 'AttributeError:', e
try:
    'abc'.nope
except AttributeError as e:
    print 'AttributeError:', e
try:
    [].append = 5
except AttributeError as e:
    print 'AttributeError:', e
try:
    None.x = 1
except AttributeError as e:
    print 'AttributeError:', e
print (3).real, (3).imag, (1.5).real, 'abc'.upper
