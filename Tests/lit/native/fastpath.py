# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# Native code: const() values are immediates, small-int arithmetic is
# inline with the runtime call as its fallback, and locals are SSA values
# (no memory slot) in loops and across try/except.
import micropython
from micropython import const
_OFFSET = const(1000)

# The tagged constant 1000 is 2001; the fast path adds 2 * 1000 to the
# tagged operand and checks for overflow; a float operand is added inline
# (float_fastpath.py); the slow path calls the runtime.
# CHECK-LABEL: define internal i64 @mpy.fastpath.native.{{[0-9]+}}.shift(
# CHECK-NOT: alloca i64
# CHECK-DAG: @llvm.sadd.with.overflow.i64(i64 %{{[0-9]+}}, i64 2000)
# CHECK-DAG: call i64 @mp_binary_op(i32 0, i64 %{{[0-9]+}}, i64 2001)
# CHECK-DAG: ret i64
@micropython.native
def shift(x):
    return x + _OFFSET

# The loop's locals are phi nodes: no slot of theirs is loaded or stored.
# CHECK-LABEL: define internal i64 @mpy.fastpath.native.{{[0-9]+}}.total(
# CHECK-NOT: alloca i64
# CHECK: %s.0 = phi i64
# CHECK-NOT: store i64 %s
# CHECK: @llvm.sadd.with.overflow.i64(i64 %s.0,
@micropython.native
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s

# A handler is a branch target: the locals stay registers across it.
# CHECK-LABEL: define internal i64 @mpy.fastpath.native.{{[0-9]+}}.guarded(
# CHECK-NOT: alloca i64
# CHECK: call i64 @mp_native_catch(
# CHECK: phi i64
# CHECK: ret i64
@micropython.native
def guarded(a, b):
    count = 0
    try:
        count = a // b
    except ZeroDivisionError:
        count = -1
    return count + a

# A bytecode function in the same module gets no native code.
# CHECK-NOT: native.{{[0-9]+}}.interpreted
def interpreted(x):
    return x

# The program runs: fast paths, their overflow to a big int, and the handler.
# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 1001 4611686018427388903 45 10 6 3
# OUT-EMPTY:
print(shift(1), shift(4611686018427387903), total(10), guarded(7, 2), guarded(7, 0), interpreted(3))
