# str.translate with a 256-byte table, deletechars, and None as the table.
table = ''.join(map(chr, range(256)))
upper = table[:97] + table[65:91] + table[123:]
print 'hello, world'.translate(upper)
print 'hello, world'.translate(None, 'lo'), 'abc'.translate(upper, 'b')
try:
    'abc'.translate('short')
except ValueError as e:
    print 'ValueError:', e
