# RUN: not %mpy-native freeze %S/Inputs/no_such_manifest.py -o %t.o 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK:error: cannot read manifest '{{.*}}Inputs/no_such_manifest.py'
