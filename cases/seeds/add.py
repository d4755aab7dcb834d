__pztrace__ = 1
def add(a, b):
    return a + b - 42
a = 3
c = add(a, 4)
