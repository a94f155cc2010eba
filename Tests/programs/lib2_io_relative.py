# MicroPython's StringIO allows nonzero seeks from the position and the end
# and readinto (CPython's refuses both); positions here are ASCII, where
# characters and bytes agree.
import io

s = io.StringIO("hello world")
s.seek(6)
print(s.seek(-2, 1), s.read(3), s.seek(-5, 2), s.read(), s.tell())
print(s.seek(-50, 1), s.read(2))
print(s.seek(3, 2), s.write("!"), repr(s.getvalue()))
b = bytearray(4)
s.seek(0)
print(s.readinto(b), b, s.read(1))
print(s.readinto(memoryview(b)[1:3]), b)
try:
    s.readinto(b"xxxx")
except TypeError:
    print("TypeError")
