# from module import * brings in public names only
from mod_helper_math import *
print(square(9), gcd(30, 12), PI_APPROX > 3.14, Vec(1, 1) + Vec(2, 2))
try:
    print(_hidden)
except NameError:
    print("NameError for underscore name")
print(counter, bump())
print(counter)
import mod_helper_math
print(mod_helper_math.counter, mod_helper_math.square is square)
