# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# *args are objects.
import micropython

@micropython.viper
def f(*args: int):
    return 0
# CHECK: varargs_annotation.py:6:14: error: a viper function's *args and **kwargs are objects: no annotation
