# Helper module with a class hierarchy; imports another helper module
import mod_helper_math
from mod_helper_math import square
class Shape:
    def area(self):
        return 0
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return square(self.side)
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
def total_area(shapes):
    return sum(s.area() for s in shapes)
LOADED = mod_helper_math.bump()
if __name__ == "__main__":
    print("mod_helper_shapes run directly", total_area([Square(2), Rect(2, 3)]))
