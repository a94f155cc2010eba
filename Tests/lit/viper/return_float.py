# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A float returned from a function annotated int needs an explicit int().
import micropython

@micropython.viper
def f(x: float) -> int:
    return x
# CHECK: return_float.py:7:5: error: this function returns int (its annotation) but the value is a float: convert it with int(...)
