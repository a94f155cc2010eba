# RUN: not %mpy-native freeze %s -o %t.o 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# A frozen module with a syntax error: its own diagnostic, in its own file.
module("Inputs/broken.py")
# CHECK:{{.*}}Inputs/broken.py:2:11: error: '(' was never closed
# CHECK-NEXT:def broken(:
# CHECK-NEXT:          ^
