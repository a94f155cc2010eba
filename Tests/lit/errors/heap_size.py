# A heap too small for start-up is a MemoryError line and exit status 1 (no
# crash: `not` fails on a signal), on the host and on a board; a heap larger
# than the board's RAM is one driver error line, before any linking.
# RUN: not %mpy-native run --heap 1000 %s 2>&1 | FileCheck --check-prefix=HOST %s
# RUN: %mpy-native run --heap 16384 %s | FileCheck --check-prefix=OK %s
# RUN: not %mpy-native run --arch armv7m --heap 1000 %s 2>&1 | FileCheck --check-prefix=BOARD %s
# RUN: not %mpy-native run --arch armv7m --heap 4000000 %s 2>&1 | FileCheck --check-prefix=RAM %s
# HOST: MemoryError: heap of 1000 bytes is too small to start (needs at least 16384)
# OK: started
# BOARD: MemoryError: heap of 1000 bytes is too small to start (needs at least 12288)
# RAM: mpy-native: error: --heap 4000000 does not fit the armv7m board's RAM: at most {{[0-9]+}} bytes
# RAM-NOT: ld.lld
print("started")
