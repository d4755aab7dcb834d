# EXEC_STMT errors: a syntax error in the string, a bad argument type, a NameError inside.
try:
    exec 'x = = 1'
except SyntaxError as e:
    print 'SyntaxError', e.msg
try:
    exec 42
except TypeError as e:
    print 'TypeError:', e
try:
    exec 'undefined_name' in {}
except NameError as e:
    print 'NameError:', e
