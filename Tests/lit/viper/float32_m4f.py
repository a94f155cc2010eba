# RUN: %mpy-native %s --arch armv7emsp --viper-float32 -S -O2 -o - | FileCheck %s
# RUN: %mpy-native run --arch armv7emsp --viper-float32 %s | FileCheck %s --check-prefix=OUT
# RUN: not %mpy-native %s --arch armv7m --viper-float32 -o %t.o 2>&1 | FileCheck %s --check-prefix=ERR
# --viper-float32 (armv7emsp only): viper floats are binary32 in the
# Cortex-M4F's FPU registers, widened to binary64 (in software) only when
# boxed.
import micropython

# CHECK-LABEL: mpy.float32_m4f.native.{{[0-9]+}}.scale:
# CHECK: vmul.f32
# CHECK: bl __aeabi_f2d
# CHECK: bl mp_float_new
@micropython.viper
def scale(x: float, k: float) -> float:
    return x * k

# OUT: 0.3333333432674408
print(scale(1.0 / 3.0, 1.0))

# ERR: --viper-float32 is for armv7emsp
