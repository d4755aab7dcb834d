# An exception inside __del__ is printed as ignored on stderr and does not stop the program.
class Bad(object):
    def __del__(self):
        raise ValueError('in del')
b = Bad()
b = None
print 'still running'
