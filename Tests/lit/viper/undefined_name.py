# RUN: %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# A global that the module never binds and no builtin has is a warning in
# viper code, found at compile time; compilation goes on and the load raises
# NameError when it runs, as in MicroPython (the program may catch it).
import micropython

@micropython.viper
def f(n: int) -> int:
    return n + int(lenght(n))
# CHECK: undefined_name.py:10:20: warning: name 'lenght' is not defined: not a global of this module nor a builtin
# CHECK-NEXT: return n + int(lenght(n))
# CHECK-NEXT: {{^ +\^$}}

try:
    f(1)
except NameError as e:
    print(type(e).__name__, e)
# OUT: NameError name 'lenght' is not defined
# OUT-EMPTY:
