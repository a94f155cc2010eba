# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A machine local cannot be deleted.
import micropython

@micropython.viper
def f():
    n = 1
    del n
# CHECK: delete_machine_local.py:8:5: error: cannot delete the viper int local 'n'
