# memoryview over array.array (items of the array's type) and bytearray:
# len, indexing, slices that share memory, slice assignment, tobytes,
# itemsize, equality, and the buffer protocol through bytes() and friends.
import array

a = array.array("h", [1, -2, 3, 4])
m = memoryview(a)
print(len(m), m[0], m[1], m[-1], list(m), m.itemsize, m.nbytes, m.format, m.readonly, m.tolist())
s = m[1:3]
print(len(s), list(s), s.itemsize, s.tobytes(), bytes(s))
s[0] = 20
a[2] = 30
print(a, list(s), s[1])
m[0] = -7
m[2:4] = array.array("h", [8, 9])
print(a)
print(list(m[::2]), list(m[::-1]), m[::-2].tobytes(), bytes(m[1:]))
r = m[::2]
r[1] = 50
print(a, r.tolist())
print(m == a, m[1:3] == array.array("h", [20, 9]), m == array.array("i", [-7, 20, 50, 9]), m == b"x")
u = memoryview(array.array("I", [4000000000, 1]))
print(u[0], list(u), u.itemsize)
f = array.array("f", [1.5, 2.5])
mf = memoryview(f)
mf[0] = 3
print(f, mf[1], list(mf), memoryview(array.array("d", [0.25]))[0])
q = memoryview(array.array("q", [-(2**40), 2**40]))
print(q[0], q[1], q.nbytes)
b = bytearray(b"abcdef")
mb = memoryview(b)
mb[1:3] = b"XY"
t = mb[2:5]
t[0] = 90
print(b, t.tobytes(), len(t))
mb[0:2] = array.array("B", [49, 50])
print(b, bytes(mb[::3]), bytearray(mb[4:]))
print(memoryview(memoryview(a))[0], memoryview(a)[1:][0], memoryview(b)[1:][1:2].tobytes())
total = 0
for v in memoryview(array.array("i", [10, 20, 30]))[1:]:
    total += v
print(total)
print(bytes(array.array("h", [1, 2])) == bytes(memoryview(array.array("h", [1, 2]))))
mv8 = memoryview(bytearray(4))
mv8[1:3] = memoryview(b"\x01\x02")
print(mv8.tobytes(), mv8.hex())


def assign(target, index, value):
    try:
        target[index] = value
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)


assign(m, slice(0, 2), array.array("h", [1]))
assign(m, slice(0, 2), b"\x01\x00\x02\x00")
assign(memoryview(b"ro"), 0, 1)
assign(m, 0, "x")
for bad in [lambda: m[4], lambda: m[-5], lambda: memoryview(5), lambda: memoryview("s"), lambda: hash(m)]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__)
sv = memoryview(array.array("h", [1, 300, -2, 4]))
print(bytes(sv[::2]), bytearray(sv[::-1]), bytes(memoryview(b"abcdef")[::2]), sv[::2].tobytes())
