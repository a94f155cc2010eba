# micropython.const: values behave as plain constants
from micropython import const
WIDTH = const(320)
HEIGHT = const(240)
AREA = const(WIDTH * HEIGHT)
FLAG_A = const(1 << 0)
FLAG_B = const(1 << 1)
FLAG_C = const(1 << 2)
NEG = const(-7)
BIG = const(2 ** 40)
print(WIDTH, HEIGHT, AREA, NEG, BIG)
print(FLAG_A | FLAG_B | FLAG_C, FLAG_B & 3, ~FLAG_A)
flags = FLAG_A | FLAG_C
print(bool(flags & FLAG_B), bool(flags & FLAG_C))
print(WIDTH // 2, HEIGHT % 7, AREA > 70000)
def pixel_index(x, y):
    return y * WIDTH + x
print(pixel_index(10, 2), pixel_index(WIDTH - 1, HEIGHT - 1))
print(type(WIDTH).__name__, WIDTH == 320)
