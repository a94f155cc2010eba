# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s --check-prefix=BOX
# RUN: %mpy-native %s --arch armv7m --emit-llvm -O2 -o - | FileCheck %s --check-prefix=ARM
# Viper code is machine code: a loop over ints and a ptr8 buffer calls no
# runtime function (no boxing, no overflow checks, no iterator), the
# parameters are converted once on entry and the result boxed once
# (inline when it fits a small int).
import micropython

# CHECK-LABEL: define internal i64 @mpy.machine_code.native.{{[0-9]+}}.checksum(
# CHECK: call i8 @mp_viper_unbox(i64 %{{[0-9]+}}, i32 2,
# CHECK: call i8 @mp_viper_unbox(i64 %{{[0-9]+}}, i32 0,
# The result (masked to 16 bits) always fits a small int: boxed inline.
# BOX-LABEL: define internal i64 @mpy.machine_code.native.{{[0-9]+}}.checksum(
# BOX-NOT: @mp_viper_box_int(
# BOX: ret i64
# CHECK: range.body:
# CHECK-NOT: call
# CHECK: load i8, ptr
# CHECK-NOT: call
# CHECK: br i1
@micropython.viper
def checksum(buf: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s = (s + buf[i]) & 0xFFFF
    return s

# Word-sized arithmetic on each target: i64 on x86-64, i32 on Cortex-M.
# CHECK-LABEL: define internal i64 @mpy.machine_code.native.{{[0-9]+}}.mix(
# CHECK: mul i64
# CHECK-NOT: with.overflow
# CHECK: call i64 @mp_viper_box_uint(
# ARM-LABEL: define internal i32 @mpy.machine_code.native.{{[0-9]+}}.mix(
# ARM: mul i32
# ARM-NOT: with.overflow
# ARM: call i32 @mp_viper_box_uint(
@micropython.viper
def mix(a: uint, b: uint) -> uint:
    return (a * 31) ^ (b >> 3)

# The program runs on the host (64-bit words) and on the Cortex-M3 board
# (32-bit words, QEMU).
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %mpy-native run --arch armv7m %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 294 147 50203
# OUT-EMPTY:
print(checksum(b"abc", 3), mix(5, 64), checksum(bytearray(b"\xff" * 8421), 8421))
