# A package for the import tests: its __init__ pulls names from a submodule
# with a relative import, and __all__ names a submodule for `import *`.
print("init", __name__)
from .core import VERSION, greet
__all__ = ["greet", "util", "VERSION"]
