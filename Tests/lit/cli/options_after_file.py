# Options are the compiler's wherever they appear before `--`; only what
# follows `--` reaches the program's sys.argv, untouched even where it looks
# like an option. The board run proves `--arch` after the file is obeyed.
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=NOARGS --match-full-lines
# RUN: %mpy-native run %s --emit native -- a -x --arch y | FileCheck %s --check-prefix=HOST --match-full-lines
# RUN: %mpy-native run %s --arch armv7m -- 30 --heap | FileCheck %s --check-prefix=BOARD --match-full-lines
# RUN: %mpy-native run %s -- | FileCheck %s --check-prefix=NOARGS --match-full-lines
import sys

print(sys.platform, sys.argv[1:])
# NOARGS: linux []
# HOST: linux ['a', '-x', '--arch', 'y']
# BOARD: qemu ['30', '--heap']
