# Runaway recursion raises RecursionError (a RuntimeError), which can be
# caught; the program then carries on with its stack unwound.
# (One runaway only: under MPY_GC_STRESS every call collects, so each level
# of a deep stack costs a full scan.)
def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))

# Recursion to a moderate depth works afterwards.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(500), [depth(i) for i in range(5)])
