# MicroPython's library modules answer to their pre-1.20 names too
# (`import utime`), as the same module; math, gc and cmath never had one.
import utime, time, ustruct, struct, usys, sys, ucollections, uio, uarray, urandom, uerrno
print(utime is time, ustruct is struct, usys is sys)
print(utime.__name__, ustruct.__name__, ucollections.__name__, uio.__name__, uarray.__name__)
print(urandom.__name__, uerrno.__name__)
try:
    import umath
except ImportError:
    print("umath ImportError")
try:
    import ugc
except ImportError:
    print("ugc ImportError")
try:
    import ucmath
except ImportError:
    print("ucmath ImportError")
try:
    import ufoo
except ImportError:
    print("ufoo ImportError")
