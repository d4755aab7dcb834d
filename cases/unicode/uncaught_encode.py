# An uncaught UnicodeEncodeError from str() of non-ASCII unicode ends the run with a traceback.
name = u'Jos\xe9'
print 'length', len(name)
print str(name)
