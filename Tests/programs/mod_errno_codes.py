# errno: constants, errorcode, and OSError carrying an errno
import errno

print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.EAGAIN, errno.ENOMEM)
print(errno.EACCES, errno.EEXIST, errno.ENODEV, errno.EISDIR, errno.EINVAL, errno.ETIMEDOUT)
print(errno.ECONNRESET, errno.ECONNREFUSED, errno.EINPROGRESS, errno.EALREADY, errno.EOPNOTSUPP)
print(errno.errorcode[errno.ENOENT], errno.errorcode[22], errno.errorcode[errno.ETIMEDOUT])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[11])
print(isinstance(errno.errorcode, dict), len(errno.errorcode) > 20)

def open_missing():
    raise OSError(errno.ENOENT, "no such file")

try:
    open_missing()
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], e.args)

for code in (errno.EAGAIN, errno.ETIMEDOUT, errno.EINVAL):
    try:
        raise OSError(code)
    except OSError as e:
        print(e.errno, errno.errorcode.get(e.errno, "?"))
