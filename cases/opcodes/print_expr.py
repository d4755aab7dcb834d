# PRINT_EXPR: expression statements compiled in 'single' mode echo their repr via displayhook.
exec compile('1 + 2\n', '<single>', 'single')
exec compile("'text'\n", '<single>', 'single')
exec compile('None\n', '<single>', 'single')
exec compile('[1, 2] * 2\n', '<single>', 'single')
print 'done'
