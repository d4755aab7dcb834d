# Three levels of nested scopes reading outer variables and shadowing them.
x = 'global'
def outer():
    x = 'outer'
    y = 'y-outer'
    def middle():
        y = 'y-middle'
        def inner():
            return x, y
        return inner()
    return middle()
print outer()
def shadow():
    x = 'local'
    return x
print shadow(), x
def reader():
    return x.upper()
print reader()
