# Regression test for a fixed front-end bug.
# Was: when the file ends in a newline, "detected at line" names the empty
# line after it (12 here); CPython 3.11 names the last line (11).
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}unterminated_triple_string_newline.py:9:5: error: unterminated triple-quoted string literal (detected at line 11)
# CHECK-NEXT:s = """abc
# CHECK-NEXT:    ^
x = 1
s = """abc
def
ghi
