# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# RUN: %mpy-native run --emit native %s | FileCheck %s --check-prefix=OUT --match-full-lines
# An imaginary literal is a read-only mp_complex_t of the module image
# { type, real 0.0, imag }, which native code passes by address.
import micropython

# CHECK: @[[J:mpy\.complex_const\.[0-9]+]] = private unnamed_addr constant { ptr, double, double } { ptr @mp_type_complex, double 0.000000e+00, double 1.000000e+00 }, align 8
# CHECK: @[[K:mpy\.complex_const\.[0-9]+]] = private unnamed_addr constant { ptr, double, double } { ptr @mp_type_complex, double 0.000000e+00, double 2.500000e+00 }, align 8
# CHECK-LABEL: define internal i64 @mpy.complex_const.native.{{[0-9]+}}.rotate(
# CHECK: call i64 @mp_binary_op(i32 2, i64 %{{[0-9]+}}, i64 ptrtoint (ptr @[[J]] to i64))
# CHECK: call i64 @mp_binary_op(i32 0, i64 %{{[0-9]+}}, i64 ptrtoint (ptr @[[K]] to i64))
@micropython.native
def rotate(z):
    return z * 1j + 2.5j


print(rotate(1 + 1j))
# OUT: (-1+3.5j)
# OUT-EMPTY:
