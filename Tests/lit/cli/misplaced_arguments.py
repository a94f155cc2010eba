# A program argument without `--`, or an unknown option anywhere, is an
# error with exit status 1 that says where program arguments go.
# RUN: python3 %S/Inputs/status.py %mpy-native run %s a b | FileCheck %s --check-prefix=ARGS
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --bogus | FileCheck %s --check-prefix=RUN-UNKNOWN
# RUN: python3 %S/Inputs/status.py %mpy-native run --bogus %s -- a | FileCheck %s --check-prefix=UNKNOWN
# RUN: python3 %S/Inputs/status.py %mpy-native %s --bogus | FileCheck %s --check-prefix=UNKNOWN
# RUN: python3 %S/Inputs/status.py %mpy-native build %s -o %t --mpy-opt 7 | FileCheck %s --check-prefix=MPYOPT
print("never run")

# ARGS: mpy-native: error: 2 unexpected arguments: 'a', 'b'
# ARGS-NEXT: note: the program's own arguments go after '--': mpy-native run FILE.py -- ARGS...
# ARGS: exit status 1
# RUN-UNKNOWN: mpy-native: error: unknown option '--bogus'
# RUN-UNKNOWN-NEXT: note: the program's own arguments go after '--'
# RUN-UNKNOWN: exit status 1
# UNKNOWN: mpy-native: error: unknown option '--bogus'
# UNKNOWN-NOT: note:
# UNKNOWN: exit status 1
# MPYOPT: mpy-native: error: --mpy-opt must be 0..3
# MPYOPT: exit status 1
