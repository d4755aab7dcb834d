# exec of code objects: in dicts, the tuple form, at module level, and its errors.
def body():
    total = 0
    for i in range(3):
        total += i
    print 'body ran, total', total
g = {'x': 1}
exec body.func_code in g
print sorted(g.keys())
exec body.func_code
exec(body.func_code, g, {})
def counter():
    print 'counter sees', len(seen)
seen = [1, 2]
exec counter.func_code in {'seen': 'abc', 'len': len}
try:
    exec 42
except TypeError, e:
    print 'TypeError:', e
try:
    exec body.func_code in [], {}
except TypeError, e:
    print 'TypeError:', e
def outer():
    y = 5
    def inner():
        return y
    return inner
try:
    exec outer().func_code in {}
except TypeError, e:
    print 'TypeError:', e
def plain(a):
    b = a * 2
    exec body.func_code
    return a + b
print plain(4)
