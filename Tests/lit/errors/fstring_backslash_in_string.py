# Regression test for a fixed front-end bug.
# Was: a backslash inside a string literal within an f-string replacement
# field is accepted; CPython 3.11 rejects any backslash in the expression.
s = f'{"\n".join(x)}'
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}fstring_backslash_in_string.py:4:9: error: f-string expression part cannot include a backslash
# CHECK-NEXT:s = f'{"\n".join(x)}'
# CHECK-NEXT:        ^
