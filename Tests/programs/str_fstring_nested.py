# f-strings: nested quotes, format spec from expressions, conversions, method calls, dict access
items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:<8}{price:>6.2f}{'!' if price > 1 else ''}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':>{w}}|{42:{'0'}{w}d}")
print(f"{items['kiwi']} {len(items)} {list(items)[0].upper()}")
print(f"{'a' + 'b'!r} {str(12)!r} {3 * '-'}")
n = 255
print(f"{n:#06x} {n:>#10b} {n:<6o}| {-n:x}")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)} {(1, 2)}")
print(f"{n!s:>5}|{'q'!r:^7}|")
val = None
print(f"{val} {val is None} {True:d} {False!s}")
print(f"""multi
{n}
line""")
print(f"{'{'}{n}{'}'}", f"{{{n}}}")
