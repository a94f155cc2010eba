# `--version`: the compiler's version, the MicroPython release it follows
# and the LLVM it links.
# RUN: %mpy-native --version | FileCheck %s --match-full-lines
# CHECK: mpy-native {{[0-9]+\.[0-9]+\.[0-9]+}} (MicroPython 1.29 compatible, LLVM 19.{{[0-9]+\.[0-9]+}})
