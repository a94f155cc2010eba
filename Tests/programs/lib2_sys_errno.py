# sys as MicroPython has it: implementation (name, a version tuple of at
# least 3 items, _machine), version_info, maxsize, byteorder, platform,
# modules, exit codes; errno's codes and errorcode; OSError's errno and args.
import sys
import errno

impl = sys.implementation
print(impl.name, type(impl.version).__name__, len(impl.version) >= 3, impl.version[:2] >= (1, 20))
print(type(impl._machine).__name__, hasattr(impl, "name"))
print(sys.version_info[0], sys.version_info >= (3, 4), len(sys.version_info) >= 3)
print(type(sys.version).__name__, sys.version[:2])
print(sys.maxsize in (2**31 - 1, 2**63 - 1), sys.maxsize + 1 > sys.maxsize, sys.byteorder)
print(type(sys.platform).__name__, len(sys.platform) > 0)
print(type(sys.modules).__name__, type(sys.argv).__name__, type(sys.path).__name__)
sys.modules["fake_mod"] = sys
import fake_mod

print(fake_mod is sys)
for code in (0, 3, "bye"):
    try:
        sys.exit(code)
    except SystemExit as ex:
        print("SystemExit", ex.args)
try:
    sys.exit()
except SystemExit as ex:
    print("SystemExit", type(ex).__name__)

names = ("EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR",
         "EINVAL", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "ENOTCONN",
         "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS")
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(type(errno.errorcode).__name__, errno.errorcode.get(99999))
e = OSError(errno.ENOENT, "no such thing")
print(e.errno, e.args, e.args[1])
try:
    raise OSError(errno.EEXIST, "exists")
except OSError as ex:
    print(ex.errno == errno.EEXIST, ex.args)
e = OSError("msg")
print(e.args, str(e))
e = OSError()
print(e.errno, e.args, repr(str(e)))
print(str(OSError(2, "x")).startswith("[Errno 2] "))
