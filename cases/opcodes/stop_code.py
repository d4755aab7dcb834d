# STOP_CODE (opcode 0) in a crafted code object raises SystemError: unknown opcode.
def f():
    pass
code = type(f.func_code)
co = code(0, 0, 1, 67, '\x00', (None,), (), (), 'crafted.py', 'stopper', 7, '')
f.func_code = co
try:
    f()
except SystemError as e:
    print 'SystemError:', e
print 'after'
