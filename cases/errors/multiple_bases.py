# Exception classes with several exception bases: every exception type shares
# BaseException's __new__, so any of them may make the instance.
class AppError(Exception):
    pass

class BadAmount(AppError, ValueError):
    def __init__(self, amount):
        ValueError.__init__(self, 'bad amount %r' % amount)
        self.amount = amount

try:
    raise BadAmount(-5)
except ValueError as e:
    print type(e).__name__, e, e.amount, isinstance(e, AppError), BadAmount.__mro__[1:4]
print repr(ValueError.__new__(BadAmount)), repr(Exception.__new__(BadAmount, 1, 2))
for make in [lambda: KeyError.__new__(BadAmount, 'k'), lambda: object.__new__(BadAmount)]:
    try:
        make()
    except TypeError as e:
        print 'TypeError:', e
