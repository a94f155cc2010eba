# Heap bytes allocated by importing each frozen module (gc.mem_alloc()
# after a collection, before and after the import). A frozen module's code,
# constants and names stay in the image (flash): importing one allocates
# its module object, globals dict and function objects only, so the cost
# grows with the number of functions and globals, not with code size.
import gc
import sys

# Names the imports bind, made beforehand so that binding them does not
# grow this module's globals.
hm_empty = hm_tiny = hm_huge = hm_huge_native = hm_funcs10 = None
hm_globals10 = hm_globals40 = hm_globals10_bigstr = None
# Room in sys.modules for every import, for the same reason.
for i in range(16):
    sys.modules["pad%d" % i] = None
for i in range(16):
    del sys.modules["pad%d" % i]
cost = [0] * 8
i = 0


def used():
    gc.collect()
    return gc.mem_alloc()


before = used()
import hm_empty
cost[0] = used() - before
before = used()
import hm_tiny
cost[1] = used() - before
before = used()
import hm_huge
cost[2] = used() - before
before = used()
import hm_huge_native
cost[3] = used() - before
before = used()
import hm_funcs10
cost[4] = used() - before
before = used()
import hm_globals10
cost[5] = used() - before
before = used()
import hm_globals40
cost[6] = used() - before
before = used()
import hm_globals10_bigstr
cost[7] = used() - before

names = ["hm_empty", "hm_tiny", "hm_huge", "hm_huge_native", "hm_funcs10",
         "hm_globals10", "hm_globals40", "hm_globals10_bigstr"]
for k in range(8):
    print("heap bytes importing", names[k], cost[k])

empty, tiny, huge, huge_native, funcs10, g10, g40, g10s = cost
per_function = (funcs10 - tiny) // 9
print("per function", per_function)
# Each function costs its function object (and a globals entry).
assert per_function >= 16, per_function
# One huge function costs what one tiny function costs: its code,
# constants and names are not copied to the heap.
assert abs(huge - tiny) < per_function, (huge, tiny)
assert abs(huge_native - tiny) < per_function, (huge_native, tiny)
# Globals cost dict entries; the size of what they are bound to does not
# count when it is a constant in the image.
assert g40 > g10 > empty, (g40, g10, empty)
assert g10s == g10, (g10s, g10)
print(hm_huge.f(1) == hm_huge_native.f(1), hm_funcs10.f9(1), hm_globals10_bigstr.S3[:18])
print("ok")
