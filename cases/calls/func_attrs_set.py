# Function attributes: arbitrary ones in func_dict, __name__/__doc__/__module__/defaults, a swapped func_code, and the setters' errors.
def counted(x):
    counted.calls += 1
    return x * 2
counted.calls = 0
counted(1); counted(2)
print counted.calls, counted.__dict__, counted.func_dict is counted.__dict__
counted.tag = 'hot'
print sorted(counted.__dict__.items())
del counted.tag
try:
    del counted.tag
except AttributeError, e:
    print 'AttributeError:', e
def other(x):
    return x + 100
counted.func_code = other.func_code
print counted(1), counted.__name__
counted.__name__ = 'renamed'
counted.__doc__ = 'docs'
counted.__module__ = 'elsewhere'
counted.func_defaults = (5,)
print counted.__name__, counted.__doc__, counted.__module__, counted()
for attr, value in [('__name__', 3), ('func_defaults', [1]), ('func_code', 'x'), ('__dict__', 7), ('func_globals', {})]:
    try:
        setattr(counted, attr, value)
    except TypeError, e:
        print 'TypeError:', e
def outer():
    y = 1
    def inner():
        return y
    return inner
try:
    outer().func_code = other.func_code
except ValueError, e:
    print 'ValueError:', e
try:
    del counted.__dict__
except TypeError, e:
    print 'TypeError:', e
