# Regression test for a fixed front-end bug.
# Was: a `for`/comprehension target tuple with a trailing comma ends before
# the comma (`for x, in y` gives Tuple @L:5-L:6), while a tuple expression
# (`x, = y`) and CPython's ast include it.
for x, in y:
    pass
[a for a, in b]
# RUN: %mpy-native --dump ast %s | FileCheck %s
# CHECK: For @5:1-6:9
# CHECK-NEXT: target:
# CHECK-NEXT: Tuple @5:5-5:7
# CHECK: ListComp
# CHECK: for:
# CHECK-NEXT: Tuple @7:8-7:10
