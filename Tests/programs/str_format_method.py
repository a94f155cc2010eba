# str.format: positional, keyword, indices, specs, attributes
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[1]} {d[k]}".format([10, 20], d={"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}|{:->6}|{:#<4}".format("mid", 1, 2))
print("{:d} {:5d} {:05d} {:+d} {:x} {:b}".format(1, 2, 3, 4, 255, 5))
print("{:.3} {:.1f} {:10.3f}|".format("abcdef", 2.25, 3.14159))
print("{!r} {!s}".format("x", "y"))
print("{{}} {{{0}}}".format(9))
print("{0}{0}{0}".format("ab"))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = 4
p = Pt()
print("({0.x}, {0.y})".format(p))
print("{:,}".format(1234567), "{:_}".format(1234567))
print("{:>{w}}|".format("w", w=5))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError")
