# EXEC_STMT on a function's code object: in the module namespace and in explicit dicts.
def body():
    global result
    result = total + 1
    print 'result is', result
total = 41
exec body.func_code
print result
g = {'total': 1}
exec body.func_code in g
print sorted([k for k in g if k != '__builtins__']), g['result']
l = {}
exec body.func_code in {'total': 5}, l
print l
