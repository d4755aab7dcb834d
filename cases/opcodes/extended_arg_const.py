# EXTENDED_ARG prefixing LOAD_CONST 65536 in a crafted code object with 65537 constants.
def f():
    pass
consts = tuple(range(65536)) + ('far constant',)
code = type(f.func_code)
co = code(0, 0, 1, 67, '\x91\x01\x00\x64\x00\x00\x53', consts, (), (), 'crafted.py', 'far', 1, '')
f = type(f)(co, {})
print f()
print len(f.func_code.co_consts)
