# The block is missing at the very end of the file, so the RUN and CHECK
# lines come first. CPython puts the caret after the last character of the
# file; mpy-native at the (empty) end-of-file position.
# RUN: not %mpy-native --dump ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:{{.*}}expected_indented_block_eof.py:9:1: error: expected an indented block after 'for' statement on line 8
# CHECK-EMPTY:
# CHECK-NEXT:^
for x in y:
