# RUN: %mpy-native %s --emit-llvm -O2 -o - | FileCheck %s
# Native code: float + - * / and comparisons run inline on the unboxed
# doubles (a float object's value, a small int converted), with the runtime
# call as their fallback; between the float operations of one expression
# the intermediate results stay unboxed: only the last one is boxed on the
# fast path.
import micropython

# CHECK-LABEL: define internal i64 @mpy.float_fastpath.native.{{[0-9]+}}.norm(
# CHECK: icmp eq ptr %{{[0-9]+}}, @mp_type_float
# CHECK: fmul double
# CHECK: fadd double
# CHECK: call i64 @mp_binary_op(i32 0,
@micropython.native
def norm(x, y):
    return x * x + y * y

# The orderings of floats are compared on the doubles (NaN: unordered).
# CHECK-LABEL: define internal i64 @mpy.float_fastpath.native.{{[0-9]+}}.inside(
# CHECK: fcmp ogt double
@micropython.native
def inside(x, y):
    return x * x + y * y > 4.0

# RUN: %mpy-native run %s | FileCheck %s --check-prefix=OUT --match-full-lines
# OUT: 25.0 14.5 True False False
# OUT-EMPTY:
print(norm(3.0, 4), norm(3.5, 1.5), inside(2, 0.5), inside(0.5, 1.5), inside(float("nan"), 1.0))
