# mpy-cross's spellings: -march=ARCH and -X emit=MODE are --arch and
# --emit; on a command line in that form -O<n> is mpy-cross's, MicroPython's
# level (asserts dropped), with a note; elsewhere -O<n> is clang's, LLVM's
# level (asserts kept). mpy-cross options with no meaning here are refused.
# RUN: %mpy-native -march=armv7m %s -X emit=native -S -o - | FileCheck %s --check-prefix=THUMB
# RUN: python3 %S/Inputs/status.py %mpy-native run -march=x64 -X emit=native -O1 %s -- z | FileCheck %s --check-prefix=MPYCROSS
# RUN: python3 %S/Inputs/status.py %mpy-native run -X emit=bytecode %s -OO | FileCheck %s --check-prefix=MPYCROSS-OO
# RUN: python3 %S/Inputs/status.py %mpy-native run -O2 %s --emit native -- z | FileCheck %s --check-prefix=CLANG
# RUN: python3 %S/Inputs/status.py %mpy-native run -march=x64 -Os %s | FileCheck %s --check-prefix=OS
# RUN: python3 %S/Inputs/status.py %mpy-native run -X heapsize=1M %s | FileCheck %s --check-prefix=HEAPSIZE
# RUN: python3 %S/Inputs/status.py %mpy-native -msmall-int-bits=31 %s | FileCheck %s --check-prefix=SMALLINT
# RUN: python3 %S/Inputs/status.py %mpy-native run %s -X source-lines | FileCheck %s --check-prefix=XUNKNOWN
# RUN: python3 %S/Inputs/status.py %mpy-native run %s -X | FileCheck %s --check-prefix=XMISSING
# RUN: python3 %S/Inputs/status.py %mpy-native run -march=armv6m %s | FileCheck %s --check-prefix=ARCH
import sys


def f(x):
    return x + 1


try:
    assert f(1) == 3
    print("asserts dropped", sys.argv[1:])
except AssertionError:
    print("asserts kept", sys.argv[1:])

# THUMB: .syntax unified
# THUMB: .thumb_func
# MPYCROSS: mpy-native: note: -O1 is MicroPython's optimisation level here (--mpy-opt 1, as in mpy-cross, since -march=/-X are used); LLVM's level is --opt-level
# MPYCROSS-NEXT: asserts dropped ['z']
# MPYCROSS-NEXT: exit status 0
# MPYCROSS-OO: note: -OO is MicroPython's optimisation level here (--mpy-opt 2
# MPYCROSS-OO-NEXT: asserts dropped []
# CLANG-NOT: note:
# CLANG: asserts kept ['z']
# CLANG-NEXT: exit status 0
# OS-NOT: note:
# OS: asserts kept []
# HEAPSIZE: mpy-native: error: mpy-cross's -X heapsize= sizes mpy-cross's own heap while compiling; the program's heap is --heap SIZE
# HEAPSIZE-NEXT: exit status 1
# SMALLINT: mpy-native: error: mpy-cross's -msmall-int-bits is not accepted: small ints are fixed per target here (31 bits on the boards, 63 on the host)
# SMALLINT-NEXT: exit status 1
# XUNKNOWN: mpy-native: error: unknown -X option 'source-lines' (accepted, as in mpy-cross: -X emit=bytecode|native|viper)
# XUNKNOWN-NEXT: exit status 1
# XMISSING: mpy-native: error: -X expects an option, as in mpy-cross: -X emit=native
# XMISSING-NEXT: exit status 1
# ARCH: mpy-native: error: unknown architecture 'armv6m' (expected x64, x86_64, armv7m or armv7emsp)
# ARCH: exit status 1
