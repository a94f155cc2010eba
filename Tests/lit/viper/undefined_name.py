# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A global that the module never binds and no builtin has is an error in
# viper code, found at compile time.
import micropython

@micropython.viper
def f(n: int) -> int:
    return n + int(lenght(n))
# CHECK: undefined_name.py:8:20: error: name 'lenght' is not defined: not a global of this module nor a builtin
# CHECK-NEXT: return n + int(lenght(n))
