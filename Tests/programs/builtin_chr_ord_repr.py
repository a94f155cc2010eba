# repr of builtin values and containers, ascii-like escaping
vals = [1, -2.5, "s", 'q"', "it's", None, True, [1, "a"], (1,), (), {"k": [None]}, 2 ** 70, 1e-9]
for v in vals:
    print(repr(v))
print(repr(repr("x")), str(repr(1)), repr(str(1)))
print(repr([[], [[]]]), repr({1: {2: {}}}))
print(repr(range(3)), repr(range(1, 9, 2)))
print(repr(-0.0), repr(float("inf")))
print([chr(c) for c in range(97, 102)], [ord(c) - 96 for c in "abcde"])
class R:
    def __repr__(self):
        return "R!"
print(repr(R()), [R(), R()], {"r": R()}, (R(),))
