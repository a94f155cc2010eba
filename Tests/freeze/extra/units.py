# Native at -Os, outside the package.
def c_to_f(c):
    return c * 9 // 5 + 32


TABLE = [c_to_f(c) for c in (0, 10, 37, 100)]
