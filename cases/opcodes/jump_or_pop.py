# JUMP_IF_TRUE_OR_POP and JUMP_IF_FALSE_OR_POP: and/or return one of their operands.
print 0 or 'a', '' or [] or 5, None or 0
print 1 and 2, 0 and 1/0, [] and 'x', 'x' and ''
x = None
y = x or 'default'
z = y and y.upper()
print y, z
print (0 or 0.0) is 0.0, (1 and 0) == 0
print not (1 and 0) or 'tail'
