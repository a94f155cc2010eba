# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# int and uint do not compare without a cast.
import micropython

@micropython.viper
def f(a: int, b: uint) -> bool:
    return a < b
# CHECK: int_uint_compare.py:7:12: error: comparison of int with uint: convert one side with int(...) or uint(...)
# CHECK-NEXT: return a < b
# CHECK-NEXT: {{^}}           ^
