# Conditional expressions, nesting and short-circuit evaluation
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in [-3, 0, 4]])
a = 5
b = "big" if a > 3 else "small"
print(b)
print(1 if True else 1 / 0, (1 / 0 if False else "safe"))
vals = [1, 2, 3, 4]
print([("even" if v % 2 == 0 else "odd") for v in vals])
x = None
y = x if x is not None else "default"
print(y)
def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v
print(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
print((lambda n: "many" if n > 1 else "one" if n == 1 else "none")(0))
z = [] or [0] if a else None
print(z)
