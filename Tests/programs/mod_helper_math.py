# Helper module imported by import_* tests; harmless when run alone
PI_APPROX = 355 / 113
_hidden = "private"
counter = 0
def square(x):
    return x * x
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def bump():
    global counter
    counter += 1
    return counter
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
if __name__ == "__main__":
    print("mod_helper_math run directly", square(3), gcd(12, 18))
