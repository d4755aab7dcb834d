# NOP in a crafted code object is skipped; the function still returns its constant.
def f():
    pass
code = type(f.func_code)
co = code(0, 0, 1, 67, '\x09\x09\x64\x00\x00\x09\x53', (42,), (), (), 'crafted.py', 'nops', 1, '')
f = type(f)(co, {})
print f()
print f.func_code.co_name, repr(f.func_code.co_code)
