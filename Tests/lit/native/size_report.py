# RUN: %mpy-native size --arch armv7m %s | FileCheck %s
# RUN: %mpy-native size --arch armv7m --json %s | FileCheck %s --check-prefix=JSON
# RUN: not %mpy-native size --arch pdp11 %s 2>&1 | FileCheck %s --check-prefix=BADARCH
# `mpy-native size`: per function, bytecode bytes against native bytes
# (native code at -Os by default), then the module object's sections in
# each mode.

# CHECK: size_report.py: code size on armv7m, native code at -Os (bytes)
# CHECK-NEXT: function line bytecode native native/bytecode
# CHECK-NEXT: <module> 1 {{[1-9][0-9]*}} {{[1-9][0-9]*}} {{[0-9.]+}}x
# CHECK-NEXT: area 27 {{[1-9][0-9]*}} {{[1-9][0-9]*}}
# CHECK-NEXT: Box 30
# CHECK-NEXT: Box.__init__ 31
# CHECK-NEXT: Box.volume 34
# CHECK: total
# CHECK: module object, loaded sections (bytes):
# CHECK-NEXT: mode text rodata data bss
# CHECK-NEXT: bytecode 0 {{[1-9][0-9]*}}
# CHECK-NEXT: native {{[1-9][0-9]*}} {{[1-9][0-9]*}}

# JSON: "arch" : "armv7m"
# JSON: "name" : "area"
# JSON: "opt_level" : "Os"

# BADARCH: unknown architecture 'pdp11'

def area(w, h):
  return w * h

class Box:
  def __init__(self, w, h, d):
    self.w, self.h, self.d = w, h, d

  def volume(self):
    return area(self.w, self.h) * self.d

print(Box(2, 3, 4).volume())
# The program runs natively at -Os (checks at the end: the report names lines).
# RUN: %mpy-native run --emit native -Os %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 24
# OUT-EMPTY:
