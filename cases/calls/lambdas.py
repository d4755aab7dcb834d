# Lambdas: as key functions, immediately called, returning lambdas, and their name.
add = lambda a, b=1: a + b
print add(2), add(2, 5), add.__name__
print (lambda *a: sum(a))(1, 2, 3)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print inc_then_double(4)
print map(lambda s: s[::-1], ['ab', 'cd']), filter(lambda n: n % 3 == 0, range(10))
print reduce(lambda a, b: a * b, [1, 2, 3, 4])
