# array.array: construction, append/extend, indexing, len, iteration,
# ==, +, +=, repr, bytes(); output the same in CPython and MicroPython.
import array

a = array.array("i", [1, 2, 3])
print(a, repr(array.array("b")), array.array("f", [1.5]), array.array("d", [2]))
print(len(a), a[0], a[-1], a[2], list(a), bool(a), bool(array.array("h")))
a.append(4)
a.extend([5, 6])
a.extend(array.array("i", [7]))
a.extend(range(8, 10))
a.extend(x * 10 for x in (1, 2))
print(a, len(a))
print(a == array.array("i", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]), a != a, a == [1, 2], a == b"")
print(array.array("b", [1, 2]) == array.array("b", [1, 2]), array.array("b", [1, 2]) == array.array("b", [1, 3]))
print(array.array("i", [1, 2]) + array.array("i", [3]), array.array("H") + array.array("H"))
b = array.array("h", [1])
c = b
b += array.array("h", [2, 3])
print(b, c is b)
total = 0
for v in array.array("H", [100, 200, 300]):
    total += v
print(total, sum(array.array("b", [-1, -2, -3])), [x * 2 for x in array.array("B", [1, 2])])
a[0] = -100
a[-1] = 99
print(a[0], a[-1])
f = array.array("f", [1.1, 2])
f[1] = 3
print(f, f[0], array.array("d", [0.1, -2.5, 1e300]))
# Construction from bytes and bytearray (the items' memory), another
# array (its values) and any iterable.
print(array.array("b", b"\x01\xff"), array.array("h", b"\x01\x00\x02\x00"), array.array("H", bytearray(b"\xff\xff")))
print(array.array("i", array.array("b", [1, -2])), array.array("d", array.array("i", [3])))
print(array.array("I", range(3)), array.array("B", (x for x in [7, 8])), array.array("q", [2**40, -(2**40)]))
print(array.array("Q", [2**63 + 5]), array.array("B", b"hi"))
# bytes() and bytearray() take the items' bytes (little-endian everywhere).
print(bytes(array.array("h", [1, 258])), bytearray(array.array("H", [0xABCD])), bytes(array.array("b")))
print(bytes(array.array("f", [1.0])), bytes(array.array("d", [-2.0])))
print(b"x" + bytes(array.array("B", [65, 66])))
for bad in [lambda: a[11], lambda: a[-12]]:
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)


def store_float():
    a[0] = 1.5



for bad in [lambda: array.array("i", "abc"), lambda: array.array("i", 5), lambda: array.array("z"),
            lambda: array.array("i", [1, "a"]), lambda: array.array("f", ["a"]), lambda: array.array(5),
            lambda: array.array("i").append("s"), lambda: array.array("i").extend(5), lambda: hash(array.array("i")),
            store_float, lambda: a["x"]]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
