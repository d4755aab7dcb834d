# Messages of KeyError, IndexError, AttributeError, TypeError, NameError and ValueError from built-ins.
def show(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__ + ':', e
show(lambda: {'a': 1}['b'])
show(lambda: {}[(1, 2)])
show(lambda: 'abc'[10])
show(lambda: (5).real.foo)
show(lambda: 'x'.nope)
show(lambda: 1 + 'a')
show(lambda: 'a' * 'b')
show(lambda: len(5))
show(lambda: undefined_name)
show(lambda: int('12x'))
show(lambda: [].index(0))
show(lambda: None())
