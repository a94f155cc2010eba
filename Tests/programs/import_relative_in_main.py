# A relative import in the main module has no package to start from: an
# uncaught ImportError (exit status 1), after the output before it.
print("before")
from . import anything
print("never")
