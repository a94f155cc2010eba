# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A function annotated to return int cannot return an object unconverted.
import micropython

@micropython.viper
def f(x) -> int:
    return x
# CHECK: return_object.py:7:5: error: this function returns int (its annotation) but the value is an object: convert it with int(...)
