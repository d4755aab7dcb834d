# Yield inside try/except: the generator recovers from errors in its own body.
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield 'div0'
print list(safe_div([(6, 3), (1, 0), (9, 2)]))
def tolerant(items):
    for it in items:
        try:
            yield int(it)
        except ValueError as e:
            print 'skip', e
print list(tolerant(['1', 'x', '3']))
