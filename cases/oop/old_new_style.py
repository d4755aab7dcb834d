# Old-style and new-style classes side by side: type(), __class__, repr and instance types.
class Old:
    pass
class New(object):
    pass
o = Old()
n = New()
print type(Old), type(New)
print type(o), type(n)
print o.__class__, n.__class__
print isinstance(o, Old), isinstance(n, New), isinstance(n, object)
print repr(o)[:repr(o).index(' at ')], repr(n)[:repr(n).index(' at ')]
print Old.__name__, New.__name__, New.__bases__, Old.__bases__
