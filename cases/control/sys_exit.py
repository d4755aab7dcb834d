# Leaving with sys.exit and a status code; finally blocks still run.
import sys
def main(args):
    print 'argv has', len(args), 'items'
    try:
        if len(args) < 5:
            print 'not enough arguments, exiting'
            sys.exit(3)
        print 'not reached'
    finally:
        print 'cleanup'
main(sys.argv[1:])
print 'not reached either'
