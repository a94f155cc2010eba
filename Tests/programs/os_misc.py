# os: sep, uname's fields, statvfs's tuple, urandom.
import os

print(os.sep)
u = os.uname()
print(len(u), [type(x).__name__ for x in u])
print(all(isinstance(getattr(u, f), str) for f in ("sysname", "nodename", "release", "version", "machine")))
s = os.statvfs("/")
print(len(s), all(isinstance(x, int) for x in s), s[0] > 0)
try:
    r = os.urandom(16)
    print(type(r).__name__, len(r), len(os.urandom(0)))
except AttributeError:
    print("no urandom")
