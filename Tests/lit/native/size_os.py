# RUN: %mpy-native %s --emit native --emit-llvm -Os -o - | FileCheck %s
# RUN: %mpy-native %s --arch armv7m --emit native -S -Os -o - | FileCheck %s --check-prefix=THUMB
# At -Os the emitter favours size: no inline fast path (each operation is
# the runtime call alone), no direct calls between native functions, and
# every function is marked optsize and minsize, so the Thumb-2 back end
# loads addresses from a literal pool instead of movw/movt pairs.

# CHECK-LABEL: define internal i64 @mpy.size_os.native.{{[0-9]+}}.add(
# CHECK-SAME: #[[ATTRS:[0-9]+]]
# CHECK-NOT: with.overflow
# CHECK: call i64 @mp_binary_op(i32 0,
# CHECK-NOT: with.overflow
# CHECK: ret i64
def add(a, b):
    return a + b

# A range loop steps through mp_iternext; the comparison and the truth
# test are runtime calls.
# CHECK-LABEL: define internal i64 @mpy.size_os.native.{{[0-9]+}}.count(
# CHECK-NOT: mp_type_range_iter
# CHECK: call i64 @mp_iternext(
# CHECK: call i64 @mp_op_compare(i32 0,
# CHECK: call i32 @mp_truth(
def count(n):
    k = 0
    for i in range(n):
        if i < 3:
            k = add(k, i)
    return k

# The call to add goes through mp_call, with no guard for a direct entry.
# CHECK-LABEL: define internal i64 @mpy.size_os.native.{{[0-9]+}}.twice(
# CHECK-NOT: mp_native_enter_frame
# CHECK: call i64 @mp_call(
# CHECK-NOT: mp_native_enter_frame
# CHECK: ret i64
def twice(x):
    return add(x, x)

# CHECK: attributes #[[ATTRS]] = { minsize nounwind optsize }

# THUMB-LABEL: mpy.size_os.native.{{[0-9]+}}.add:
# THUMB-NOT: movw
# THUMB: bl mp_binary_op
# THUMB-NOT: movw
# THUMB: .Lfunc_end

print(count(10), twice(4))
# The program runs with every function native at -Os.
# RUN: %mpy-native run --emit native -Os %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 3 8
# OUT-EMPTY:
