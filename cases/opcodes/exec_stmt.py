# EXEC_STMT: exec of a string, of a code object, and with explicit globals/locals dicts.
exec 'x = 10'
print x
co = compile('y = x * 2', '<string>', 'exec')
exec co
print y
g = {'a': 3}
exec 'b = a + 1' in g
print g['b'], sorted(k for k in g if k != '__builtins__')
g2 = {}
l2 = {'q': 5}
exec 'r = q * q' in g2, l2
print l2['r'], 'r' in g2
exec ('z = 1', g2)
print g2['z']
