# Every file error is one `mpy-native: error:` line naming the file, with
# exit status 1: a missing input, a folder as input, an output in a folder
# that does not exist, an output that is a folder, an output under a file,
# an objects folder that is a file or under one, a missing list of files.
# RUN: rm -rf %t && mkdir -p %t/out
# RUN: python3 %S/Inputs/status.py %mpy-native run %t/missing.py | FileCheck %s --check-prefix=MISSING --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %t/missing.py -o %t/x | FileCheck %s --check-prefix=MISSING --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native %t/missing.py | FileCheck %s --check-prefix=MISSING --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native check %t/missing.py | FileCheck %s --check-prefix=MISSING --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native run %t/out | FileCheck %s --check-prefix=FOLDER --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %s -o %t/nowhere/prog | FileCheck %s --check-prefix=NOFOLDER --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native %s -o %t/nowhere/m.o | FileCheck %s --check-prefix=NOFOLDER-O --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %s -o %t/out | FileCheck %s --check-prefix=ISFOLDER --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native %s -S -o %t/out | FileCheck %s --check-prefix=ISFOLDER --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %s -o %s/prog | FileCheck %s --check-prefix=UNDERFILE --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native freeze %S/Inputs/status.py -o %t/nowhere/frozen.o | FileCheck %s --check-prefix=FREEZE --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %s --objects %s | FileCheck %s --check-prefix=OBJECTS-FILE --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native build %s --objects %s/sub | FileCheck %s --check-prefix=OBJECTS-UNDER --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native check --files-from %t/missing.txt | FileCheck %s --check-prefix=LIST --match-full-lines
print("hello")

# MISSING: mpy-native: error: cannot read '{{.*}}/missing.py': no such file or directory
# MISSING-NEXT: exit status 1
# FOLDER: mpy-native: error: cannot read '{{.*}}/out': it is a folder, not a file
# FOLDER-NEXT: exit status 1
# NOFOLDER: mpy-native: error: cannot write '{{.*}}/nowhere/prog': no folder '{{.*}}/nowhere'
# NOFOLDER-NEXT: exit status 1
# NOFOLDER-O: mpy-native: error: cannot write '{{.*}}/nowhere/m.o': no folder '{{.*}}/nowhere'
# NOFOLDER-O-NEXT: exit status 1
# ISFOLDER: mpy-native: error: cannot write '{{.*}}/out': it is a folder (name a file with -o)
# ISFOLDER-NEXT: exit status 1
# UNDERFILE: mpy-native: error: cannot write '{{.*}}file_errors.py/prog': '{{.*}}file_errors.py' is not a folder
# UNDERFILE-NEXT: exit status 1
# FREEZE: mpy-native: error: cannot write '{{.*}}/nowhere/frozen.o': no folder '{{.*}}/nowhere'
# FREEZE-NEXT: exit status 1
# OBJECTS-FILE: mpy-native: error: cannot create the folder '{{.*}}file_errors.py': it is not a folder
# OBJECTS-FILE-NEXT: exit status 1
# OBJECTS-UNDER: mpy-native: error: cannot create the folder '{{.*}}file_errors.py/sub': '{{.*}}file_errors.py' is not a folder
# OBJECTS-UNDER-NEXT: exit status 1
# LIST: mpy-native: error: cannot read '{{.*}}/missing.txt': no such file or directory
# LIST-NEXT: exit status 1
