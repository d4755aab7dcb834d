# PRINT_EXPR from a crafted code object: sys.displayhook echoes non-None values only.
def f(x):
    pass
code = type(f.func_code)
echo = code(1, 1, 1, 67, '|\x00\x00Fd\x00\x00S', (None,), (), ('x',), 'crafted.py', 'echo', 1, '')
show = type(f)(echo, {})
show(42)
show('text')
show(None)
show([1, (2, 'three')])
print 'done'
