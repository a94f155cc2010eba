# array slicing: reading (with steps, as CPython; MicroPython allows step 1
# only), assignment from an array of the same typecode (growing,
# shrinking, extended slices), and membership and ordering as CPython.
import array

a = array.array("i", range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[5:2], a[:], a[::2], a[::-1], a[1:8:3], a[-1:-6:-2])
s = a[2:4]
s[0] = 100
print(s, a[2])
a[1:3] = array.array("i", [20, 30])
print(a)
a[1:3] = array.array("i", [7, 7, 7, 7])
print(a, len(a))
a[2:6] = array.array("i")
print(a)
a[0:0] = array.array("i", [-1, -2])
a[len(a):] = array.array("i", [99])
print(a)
a[:] = a
print(a)
a[::2] = array.array("i", [0] * len(a[::2]))
print(a)
a[::-3] = array.array("i", [5, 6, 7, 8])
print(a)
a[1:3] = a[4:6]
print(a)
h = array.array("h", [1, 2, 3])
h[5:] = array.array("h", [4])
h[-10:1] = array.array("h", [0, 0])
print(h)


def assign(target, index, value):
    try:
        target[index] = value
        print("ok", target)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


assign(a, slice(0, 2), [1, 2])
assign(a, slice(0, 2), array.array("h", [1, 2]))
assign(a, slice(0, 8, 2), array.array("i", [1]))
assign(array.array("B", [1, 2]), slice(0, 1), b"\x05")
print(3 in array.array("i", [1, 2, 3]), 4 in array.array("i", [1, 2, 3]), 2.0 in array.array("f", [2]))
print(array.array("b", [1, 2]) < array.array("b", [1, 3]), array.array("b", [1]) <= array.array("b", [0]))
print(array.array("i", [1]) == array.array("b", [1]), array.array("f", [0.5]) == array.array("d", [0.5]))


# A subclass keeps the buffer: bytes(), memoryview, struct and join see it.
class Samples(array.array):
    def total(self):
        return sum(self)


sm = Samples("h", [1, 2])
sm.append(3)
sm[0] = 9
print(len(sm), sm.total(), list(sm), bytes(sm), list(memoryview(sm)[1:]), sm[0:2] == array.array("h", [9, 2]))
print(isinstance(sm, array.array), b"-".join([array.array("B", [65]), memoryview(b"C"), bytearray(b"D"), sm[2:]]))
