# PRINT_ITEM_TO and PRINT_NEWLINE_TO on sys.stderr and sys.stdout, with trailing commas.
import sys
print >>sys.stderr, 'to stderr', 1, 2
print >>sys.stderr, 'no newline',
print >>sys.stderr
print >>sys.stdout, 'to stdout', [1]
print >>None, 'None means stdout'
print >>sys.stderr, 'a', 'b',
print >>sys.stderr, 'c'
print 'done'
