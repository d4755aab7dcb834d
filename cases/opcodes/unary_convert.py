# UNARY_CONVERT: backticks produce repr() of ints, strings, floats, tuples and None.
x = 42
print `x`, `'a\'b'`, `1.5`, `(1, 'two')`, `None`, `[x, x]`
print `x` + `x`, len(`'abc'`)
print `1L`, `-0.0`, `u'z'`
