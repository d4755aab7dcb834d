# Code and function objects built at run time: a hand-assembled body, a renamed function,
# an unknown opcode caught as SystemError, and the constructors' argument errors.
import sys
def template(a, b=2):
    return a + b
co = template.func_code
code = type(co)
function = type(template)
# LOAD_FAST 0, LOAD_FAST 1, BINARY_MULTIPLY, RETURN_VALUE
body = '|\x00\x00|\x01\x00\x14S'
mul = code(2, 2, 2, co.co_flags, body, (None,), (), ('a', 'b'), 'made.py', 'mul', 1, '')
f = function(mul, {'__name__': 'made'}, 'times', (3,))
print f.__name__, f(4), f(4, 5)
print mul.co_name, mul.co_varnames, mul.co_argcount, mul.co_code == body
bad = code(0, 0, 1, 64, '\xff\x00\x00', (None,), (), (), 'made.py', 'junk', 7, '')
g = function(bad, {})
try:
    g()
except SystemError, e:
    print 'SystemError:', e
for args in [(1, 2), (1, 2, 3, 4, 5, (), (), (), 'f', 'n', 1, '')]:
    try:
        code(*args)
    except TypeError, e:
        print 'TypeError:', e
try:
    code(-1, 0, 0, 0, '', (), (), (), 'f', 'n', 1, '')
except ValueError, e:
    print 'ValueError:', e
try:
    code(0, 0, 0, 0, '', (), (1,), (), 'f', 'n', 1, '')
except TypeError, e:
    print 'TypeError:', e
for fargs in [(co, []), (1, {}), (co, {}, 5), (co, {}, None, 7)]:
    try:
        function(*fargs)
    except TypeError, e:
        print 'TypeError:', e
