# The continuation character is the last byte of the file, so the RUN and
# CHECK lines come first.
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}backslash_eof.py:7:9: error: unexpected end of file after line continuation character
# CHECK-NEXT:x = 1 + \
# CHECK-NEXT:        ^
x = 1 + \