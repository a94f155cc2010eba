# Importing a missing module raises ImportError; successful imports are cached
try:
    import no_such_module_anywhere
except ImportError:
    print("ImportError caught")
import mod_helper_math
import mod_helper_math as again
print(mod_helper_math is again)
print(mod_helper_math.bump(), again.bump())
import sys
print("mod_helper_math" in sys.modules, type(sys.modules).__name__)
from mod_helper_math import counter
print(counter)
mod_helper_math.bump()
print(counter, mod_helper_math.counter)
print(issubclass(ImportError, Exception))
