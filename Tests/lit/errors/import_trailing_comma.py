# XFAIL: *
# Worse than CPython: mpy-native says "expected a name".
from m import a,
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}import_trailing_comma.py:3:17: error: trailing comma not allowed without surrounding parentheses
# CHECK-NEXT:from m import a,
# CHECK-NEXT:                ^
