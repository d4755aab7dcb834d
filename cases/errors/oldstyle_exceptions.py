# Raising and catching instances of old-style classes, and strings being rejected.
class OldErr:
    def __init__(self, msg):
        self.msg = msg
try:
    raise OldErr('old')
except OldErr as e:
    print 'caught old-style', e.msg, e.__class__.__name__
try:
    raise OldErr, OldErr('second')
except OldErr as e:
    print 'second form', e.msg
try:
    raise 'string exception'
except TypeError as e:
    print 'TypeError:', e
