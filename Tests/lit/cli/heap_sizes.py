# --heap takes bytes or a binary unit (64k, 2M); nonsense is refused with
# a message and exit status 1.
# RUN: %mpy-native run %s --heap 64k | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %mpy-native run %s --heap 2M | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %mpy-native run %s --heap 1048576 | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap abc | FileCheck %s --check-prefix=ABC
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap -5 | FileCheck %s --check-prefix=NEGATIVE
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap 0 | FileCheck %s --check-prefix=ZERO
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap 3G | FileCheck %s --check-prefix=ABC
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap 99999999999999999999 | FileCheck %s --check-prefix=HUGE
# RUN: python3 %S/Inputs/status.py %mpy-native run %s --heap 99999999999999M | FileCheck %s --check-prefix=HUGE
print(sum(range(1000)))

# OUT: 499500
# ABC: mpy-native: error: the value '{{.*}}' is invalid for '--heap <size>': expected a size in bytes, optionally with a unit: 65536, 64k, 2M
# ABC: exit status 1
# NEGATIVE: mpy-native: error: the value '-5' is invalid for '--heap <size>': a size must be positive
# NEGATIVE: exit status 1
# ZERO: mpy-native: error: the value '0' is invalid for '--heap <size>': a size must be positive
# ZERO: exit status 1
# HUGE: mpy-native: error: the value '{{.*}}' is invalid for '--heap <size>': the size is too large
# HUGE: exit status 1
