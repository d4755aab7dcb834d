class MyError(Exception):
    pass

class CodeError(ValueError):
    def __init__(self, code, text):
        ValueError.__init__(self, text)
        self.code = code
    def __str__(self):
        return 'E%d: %s' % (self.code, self.args[0])

class Old:
    pass

class OldWithArgs:
    def __init__(self, msg):
        self.msg = msg

try:
    raise MyError('boom', 2)
except MyError as e:
    print 'caught', e, e.args, type(e), isinstance(e, Exception)
    print repr(e)

try:
    raise CodeError(7, 'bad value')
except ValueError as e:
    print 'value error', e, e.code, e.args
    print str(e)

try:
    raise Old
except Old as o:
    print 'old', o.__class__ is Old

try:
    raise OldWithArgs('m')
except OldWithArgs as o:
    print 'old with args', o.msg

try:
    raise MyError
except (KeyError, MyError) as e:
    print 'tuple match', repr(e)

def f():
    raise CodeError(3, 'deep')
try:
    f()
except Exception as e:
    print 'from f:', e

class E2(MyError):
    def __init__(self):
        pass
try:
    raise E2()
except MyError as e:
    print 'E2', e.args, repr(e)

e = MyError('x')
e.extra = 5
print e.extra, e.message
raise CodeError(9, 'uncaught')
