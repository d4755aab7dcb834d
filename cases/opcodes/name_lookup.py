# LOAD_NAME/LOAD_GLOBAL falling back to builtins, shadowing, and the two NameError messages.
print len('abc')
len = lambda x: 'shadowed'
print len('abc')
del len
print len('abc')
def f():
    return missing_global
try:
    f()
except NameError as e:
    print 'NameError:', e
try:
    missing_name
except NameError as e:
    print 'NameError:', e
