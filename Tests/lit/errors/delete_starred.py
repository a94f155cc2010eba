# Regression test for a fixed front-end bug.
# Was: mpy-native says "can't use starred expression here".
del *a, b
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}delete_starred.py:3:5: error: cannot delete starred
# CHECK-NEXT:del *a, b
# CHECK-NEXT:    ^
