# A bare `raise` with no active exception, uncaught at module level.
print 'before'
raise
