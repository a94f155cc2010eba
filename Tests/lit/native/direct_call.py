# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# A call of a module-level native function by its global name checks the
# callee's identity (type and code object), then calls its machine code
# directly (LLVM may inline it); the generic call through mp_call is the
# fallback when the name holds anything else.
# CHECK-LABEL: define internal i64 @mpy.direct_call.native.{{[0-9]+}}.fib(
# CHECK: icmp eq ptr %{{.*}}, @mp_type_fun_bc
# CHECK: icmp eq ptr %{{.*}}, @mpy.direct_call.code.{{[0-9]+}}
# CHECK: call {{.*}}@mp_native_enter_frame(
# CHECK: call i64 @mpy.direct_call.native.{{[0-9]+}}.fib(
# CHECK: call {{.*}}@mp_call(
import micropython

@micropython.native
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(10))
# The program runs, natively on the host and on the Cortex-M3 board (QEMU).
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# RUN: %mpy-native run --arch armv7m %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 55
# OUT-EMPTY:
