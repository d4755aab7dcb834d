# Function attributes: __name__, __doc__, func_defaults, user attributes, and repr with names.
def documented(a, b=4):
    "Adds two numbers."
    return a + b
documented.tag = 'math'
print documented.__name__, documented.__doc__, documented.func_defaults, documented.tag
print documented.func_code.co_argcount, documented.func_code.co_varnames
print repr(documented)[:repr(documented).index(' at ')]
def nodoc():
    pass
print nodoc.__doc__
