# Default arguments, keyword arguments, *args and **kwargs.
def greet(name, greeting='Hello', punct='!'):
    return '%s, %s%s' % (greeting, name, punct)
print greet('Ann')
print greet('Bob', 'Hi')
print greet('Cy', punct='?')
print greet(punct='.', name='Dee', greeting='Bye')
def total(*args):
    print 'args =', args
    return sum(args)
print total(), total(1), total(1, 2, 3)
nums = [4, 5, 6]
print total(*nums)
def show(a, b=2, *rest, **opts):
    print 'a=%r b=%r rest=%r' % (a, b, rest),
    for k in sorted(opts):
        print '%s=%r' % (k, opts[k]),
    print
show(1)
show(1, 3, 5, 7)
show(1, x=10, y='why')
show(*[1, 2, 3], **{'z': None})
def append_to(item, target=[]):
    target.append(item)
    return target
print append_to(1), append_to(2), append_to(3, [])
try:
    greet()
except TypeError, e:
    print 'TypeError:', e
