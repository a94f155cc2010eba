# RUN: not %mpy-native %s -o %t.o 2>&1 | FileCheck %s
# A viper annotation must name a viper type.
import micropython

@micropython.viper
def f(x: double) -> int:
    return 1
# CHECK: unknown_annotation.py:6:10: error: unknown viper type annotation (expected one of bool, float, int, object, ptr, ptr16, ptr32, ptr8, uint)
# CHECK-NEXT: def f(x: double) -> int:
# CHECK-NEXT: {{^}}         ^
