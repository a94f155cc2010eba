# from-imports, aliases, and a module importing another module
from mod_helper_math import square, gcd as greatest, Vec
import mod_helper_math as hm
from mod_helper_shapes import Square, Rect, total_area
import mod_helper_shapes
print(square(5), greatest(21, 14), Vec(0, 1))
print(hm.square(2), hm.__name__)
shapes = [Square(3), Rect(2, 5), Square(1)]
print([s.describe() for s in shapes])
print(total_area(shapes), mod_helper_shapes.LOADED, hm.counter)
print(isinstance(shapes[0], mod_helper_shapes.Shape))
try:
    from mod_helper_math import does_not_exist
except ImportError:
    print("ImportError caught")
