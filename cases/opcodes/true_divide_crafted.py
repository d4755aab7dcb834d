# BINARY_TRUE_DIVIDE and INPLACE_TRUE_DIVIDE executed from crafted code objects.
def f(a, b):
    pass
code = type(f.func_code)
names = ('a', 'b')
div = code(2, 2, 2, 67, '|\x00\x00|\x01\x00\x1bS', (None,), (), names, 'crafted.py', 'div', 1, '')
idiv = code(2, 2, 2, 67, '|\x00\x00|\x01\x00\x1dS', (None,), (), names, 'crafted.py', 'idiv', 1, '')
true_div = type(f)(div, {})
inplace_div = type(f)(idiv, {})
print true_div(7, 2), true_div(-7, 2), true_div(1, 3), true_div(2 ** 70, 2), true_div(1L, 4)
print inplace_div(9, 2), inplace_div(10, 4.0), inplace_div(6, 3)
try:
    true_div(1, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
try:
    inplace_div(1.0, 0)
except ZeroDivisionError as e:
    print 'ZeroDivisionError:', e
