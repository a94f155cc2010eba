# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# Storing an object through a pointer is a type error (convert with int()).
import micropython

@micropython.viper
def f(buf, x):
    p = ptr8(buf)
    p[0] = x
# CHECK: store_object_through_ptr.py:8:5: error: cannot store an object through a ptr8: convert it with int(...)
# CHECK-NEXT: p[0] = x
