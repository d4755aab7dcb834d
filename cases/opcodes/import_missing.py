# Importing a module that does not exist raises ImportError with the module's name.
try:
    import no_such_module_xyz
except ImportError as e:
    print 'ImportError:', e
try:
    from no_such_package_xyz import thing
except ImportError as e:
    print 'ImportError:', e
print 'still running'
