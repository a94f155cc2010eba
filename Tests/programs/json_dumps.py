# json.dumps: every JSON type, escapes, number forms, keys and separators.
import json
from collections import OrderedDict

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2**62), json.dumps(2**100), json.dumps(-(3**50)))
for f in (0.0, -0.0, 1.0, 0.1, 1.5, -2.25, 1e16, 1e-5, 123456789.125, 1e100, 2.5e-300, 1 / 3):
    print(json.dumps(f))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(""), json.dumps("abc"), json.dumps("\x00\x01\x1f\x7e\x7f"))
print(json.dumps('"quoted" back\\slash /slash'))
print(json.dumps("space\n\r\t\b\fspace"))
print(json.dumps("caf\u00e9 \u20ac \U0001F600 \u00ff\u0100"))
print(json.dumps([]), json.dumps([1]), json.dumps([1, 2]), json.dumps([1, True, None, "x"]))
print(json.dumps(()), json.dumps((1,)), json.dumps((1, (2, 3))))
print(json.dumps({}), json.dumps({"a": 1}), json.dumps({"a": (2, [3, None])}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": [], "y": {}}}))
print(json.dumps([[[]], [{}], {"k": [[{}]]}]))

# Keys: str, int, float, bool and None become strings.
print(json.dumps({None: -1}), json.dumps({False: 0}), json.dumps({True: 1}))
print(json.dumps({1: 2, -5: 3, 2**70: 4}))
print(json.dumps({1.5: 2, float("inf"): 3, float("nan"): 4, -0.0: 5}))
print(json.dumps({"\u00e9": "\u00e9", "\n": "\t"}))

# Separators (keyword only; a tuple or a list of two strings).
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({"a": [1, 2], "b": 3}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(", ", ": ")))
print(json.dumps({"a": 1, "b": 2}, separators=["|", "="]))
print(json.dumps({"a": 1}, separators=None))
print(json.dumps([1, {"x": 2}], separators=("", "")))
print(json.dumps({"a": [1, {"b": None}]}, separators=(" ,\n", " : ")))


# Subclasses of the built-in types encode as their base.
class S(str):
    pass


class I(int):
    pass


class F(float):
    def __repr__(self):
        return "F!"


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


print(json.dumps(S("s")), json.dumps(I(5)), json.dumps(F(1.5)), json.dumps(L([1, 2])), json.dumps(T((3,))))
print(json.dumps(D(a=1)), json.dumps({S("k"): I(1), I(7): F(2.0)}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps([L([D(x=T((1, 2)))])]))

# The same object twice (not a cycle) is fine.
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))

# Longer output (grows past the first buffer).
big = {"k%d" % i: [i, str(i) * 3, i * 0.5, i % 2 == 0] for i in range(60)}
s = json.dumps(big)
print(len(s), s[:60], s[-40:])
print(json.loads(s) == big)
