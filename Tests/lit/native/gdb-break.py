# RUN: %mpy-native build %s -o %t
# RUN: gdb -batch -ex "break gdb-break.py:13" -ex run -ex bt -ex "info line *\$pc" %t 2>&1 | FileCheck %s
# Native code carries DWARF line tables: gdb breaks on a .py line inside a
# native function, and the backtrace names the Python function and line.
# CHECK: Breakpoint 1 at {{.*}}: file gdb-break.py, line 13.
# CHECK: Breakpoint 1, area () at gdb-break.py:13
# CHECK: #0  area () at gdb-break.py:13
# CHECK: Line 13 of "gdb-break.py"
import micropython

@micropython.native
def area(w, h):
    a = w * h
    return a + 1

print(area(3, 4))
# The program runs (checks at the end: the breakpoint line must not move).
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 13
# OUT-EMPTY:
