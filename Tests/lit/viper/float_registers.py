# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# RUN: %mpy-native %s --arch armv7emsp --emit-llvm -O2 -o - | FileCheck %s --check-prefix=M4F
# Viper floats are unboxed doubles: the iteration of a Mandelbrot point
# calls nothing (no float object is made) until the result is boxed.
import micropython

# CHECK-LABEL: define internal i64 @mpy.float_registers.native.{{[0-9]+}}.mandel(
# CHECK: call i8 @mp_viper_unbox_float(
# CHECK: range.body:
# CHECK-NOT: call
# CHECK: fmul double
# CHECK-NOT: call
# CHECK: fcmp ogt double
# M4F-LABEL: define internal i32 @mpy.float_registers.native.{{[0-9]+}}.mandel(
# M4F: fmul double
@micropython.viper
def mandel(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        if zr * zr + zi * zi > 4.0:
            return k
    return limit

# A point in the set runs to the limit, one far outside escapes at once,
# one near the boundary after many iterations.
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 100 1 32
# OUT-EMPTY:
print(mandel(-0.5, 0.5, 100), mandel(1.0, 1.0, 100), mandel(-0.75, 0.1, 100))
