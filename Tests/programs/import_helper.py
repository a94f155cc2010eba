# import of a sibling module: attribute access, functions, classes, module state
import mod_helper_math
print(mod_helper_math.square(12), mod_helper_math.gcd(84, 36))
print(mod_helper_math.PI_APPROX)
v = mod_helper_math.Vec(1, 2) + mod_helper_math.Vec(3, 4)
print(v, type(v).__name__)
print(mod_helper_math.bump(), mod_helper_math.bump(), mod_helper_math.counter)
mod_helper_math.counter = 100
print(mod_helper_math.bump())
print(mod_helper_math.__name__, hasattr(mod_helper_math, "square"), hasattr(mod_helper_math, "nothing"))
import mod_helper_math
print(mod_helper_math.counter)
