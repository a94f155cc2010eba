# f-strings: expressions, conversions, format specs, nesting
name = "World"
n = 42
x = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5}")
print(f"{name!r} {name!s} {name.upper()}")
print(f"{x:.2f} {n:5d}| {n:<5}| {n:^7}| {n:>5}|")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:08b}")
print(f"{'nested'} {[1, 2][1]} {{literal}}")
width = 8
print(f"{name:>{width}}|", f"{x:{width}.{2}f}|")
d = {"k": 5}
print(f"{d['k']} {len(d)}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{n}{n}", f"", f"{'x' * 3}")
print(f"{1 if n > 40 else 0}")
print(f"{-n:+d} {n:+d} {n:,}")
print(f"{'left':*<10}{'right':*>10}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-object"
print(f"{P()} {P()!r}")
