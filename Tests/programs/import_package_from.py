# `from package import name`: attributes, submodules imported on demand,
# `import *` with an __all__ that names a submodule, and aliasing.
from mpkg import greet, core
print(greet("a"), core.VERSION)
from mpkg.sub import deep as d
print(d.same_core(), d.climb())
from mpkg.sub.deep import describe
print(describe())
from mpkg import *
print(util.shout("star"), VERSION)
import sys
print(sorted(k for k in sys.modules if k.startswith("mpkg")))
try:
    from mpkg import missing_name
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    import mpkg.nosuchmodule
except ImportError as e:
    print("caught", isinstance(e, ImportError))
