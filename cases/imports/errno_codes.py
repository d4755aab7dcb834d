# errno, a module compiled into the interpreter: constants and the errorcode table.
import errno
print errno, errno.ENOENT, errno.EACCES, errno.errorcode[errno.EEXIST]
print errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode)
