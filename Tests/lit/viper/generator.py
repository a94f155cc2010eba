# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# Viper functions cannot be generators.
import micropython

@micropython.viper
def f(n: int):
    yield n
# CHECK: generator.py:{{[0-9]+}}:{{[0-9]+}}: error: a viper function cannot be a generator (no yield in @micropython.viper code)
