# Subclassing Exception: custom __init__, __str__, args, and catching by base class.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key
    def __str__(self):
        return 'not found: %s' % self.key
try:
    raise NotFound('cfg')
except AppError as e:
    print type(e).__name__, e, e.args, e.key, repr(e)
print issubclass(NotFound, Exception), NotFound.__mro__
