# Unassigned opcodes and STOP_CODE in crafted code objects: catchable SystemError and XXX lines on stderr.
def f():
    pass
code = type(f.func_code)
co = code(0, 0, 1, 67, '\x64\x00\x00\x06', (1,), (), (), 'crafted.py', 'weird', 12, '')
f = type(f)(co, {})
try:
    f()
except SystemError as e:
    print 'SystemError:', e
co2 = code(0, 0, 2, 64, '\xa0\x00\x00', (), (), (), 'crafted.py', 'weird2', 3, '')
try:
    exec co2
except SystemError as e:
    print 'SystemError:', e
co3 = code(0, 0, 1, 64, '\x00', (), (), (), 'crafted.py', 'stop', 20, '')
try:
    exec co3
except SystemError as e:
    print 'SystemError:', e
