# bytearray slice assignment: growing, shrinking, from any buffer (bytes,
# bytearray, array, memoryview) or iterable of ints, with steps; deletion.
import array

b = bytearray(b"0123456789")
b[2:4] = b"abcd"
print(b)
b[1:7] = b"X"
print(b)
b[0:0] = bytearray(b"<<")
b[len(b):] = memoryview(b"!!")
print(b)
b[3:5] = array.array("B", [65, 66, 67])
print(b)
b[-2:] = array.array("h", [0x4142])
print(b)
b[:2] = [97, 98, 99]
b[5:6] = (x for x in range(48, 51))
b[1:1] = range(3)
print(b)
b[:] = b[::-1]
print(b)
b[::2] = b"-" * len(b[::2])
print(b)
b[::-4] = bytes(len(b[::-4]))
print(b)
b[2:5] = memoryview(b"Q")[0:1]
print(b)
v = memoryview(bytearray(b"abcdefgh"))
b[0:3] = v[::2]
print(b, len(b))
del b[0:2]
del b[::3]
del b[-1]
print(b)
b[4:2] = b"zz"
b[100:] = b"end"
b[-100:1] = b""
print(b)
c = bytearray(b"abc")
c[1:2] = c
print(c)


def assign(index, value):
    try:
        x = bytearray(b"abcdef")
        x[index] = value
        print("ok", x)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


assign(slice(0, 2), 5)
assign(slice(0, 2), "xy")
assign(slice(0, 2), [1, 256])
assign(slice(0, 2), [1, "a"])
assign(slice(0, 6, 2), b"12")
assign(slice(0, 6, 2), array.array("B", [1, 2, 3]))
assign(slice(None, None, -1), b"fedcba")
