# The common MicroPython pattern: try an optional module, fall back on ImportError
try:
    import mod_helper_does_not_exist as helper
    source = "optional"
except ImportError:
    import mod_helper_math as helper
    source = "fallback"
print(source, helper.square(6))
try:
    from mod_helper_math import nothing_here
except ImportError:
    nothing_here = None
print(nothing_here)
def lazy():
    import mod_helper_shapes
    return mod_helper_shapes.Square(3).area()
print(lazy(), lazy())
if helper.gcd(10, 4) == 2:
    from mod_helper_math import Vec as V
else:
    V = None
print(V(1, 2))
