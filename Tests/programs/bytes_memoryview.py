# memoryview over bytes and bytearray: views share memory, slicing does not copy
buf = bytearray(b"abcdef")
m = memoryview(buf)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes)
s = m[1:4]
print(type(s).__name__, len(s), s.tobytes(), bytes(s))
buf[2] = ord("X")
print(s.tobytes(), m[2])
s[0] = ord("B")
print(buf)
s[1:3] = b"YZ"
print(buf)
m[-1] = 0x21
print(buf, m[::2].tobytes(), m[::-1].tobytes(), bytes(m[::2]))
r = m[::2]
r[1] = 95
print(buf, list(r))
print(m == b"aBYZe!", m[:2] == memoryview(b"aB"), m == "x")
ro = memoryview(b"static")
print(ro.readonly, ro[0], ro[1:3].tobytes(), list(ro[4:]), hash(ro) == hash(b"static"))
mm = memoryview(ro)
print(mm[2:].tobytes(), memoryview(b"ab").hex(), bytearray(m[0:2]), b"x" + m[:1])
total = 0
for v in memoryview(b"\x01\x02\x03"):
    total += v
print(total, b"ab" + memoryview(b"cd").tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    m[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
try:
    m[10]
except IndexError as e:
    print("IndexError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
try:
    hash(m)
except ValueError as e:
    print("ValueError", e)
