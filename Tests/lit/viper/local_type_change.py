# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A local keeps the type of its first assignment.
import micropython

@micropython.viper
def f(x):
    n = 0
    n = x
    return n
# CHECK: local_type_change.py:8:5: error: local 'n' is int (from its first assignment) but this value is object: convert it with int(...)
