# The string runs to the end of the file (which has no final newline), so
# the RUN and CHECK lines come first.
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}unterminated_triple_string.py:8:5: error: unterminated triple-quoted string literal (detected at line 10)
# CHECK-NEXT:s = """abc
# CHECK-NEXT:    ^
x = 1
s = """abc
def
ghi