# Slot order of dicts built from keyword arguments: dict(k=v, ...) versus a Python function's **kwargs.
def collect(**kw):
    return kw
print dict(one=1, two=2, three=3, four=4, five=5)
print collect(one=1, two=2, three=3, four=4, five=5)
print dict(b=2, a=1), dict([('b', 2)], a=1)
