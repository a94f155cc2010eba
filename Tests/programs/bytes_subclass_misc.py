# bytes subclasses, formatting, iteration helpers, split edge cases
class B(bytes):
    def shout(self):
        return self.upper()

x = B(b"abc")
print(x, len(x), x[0], x.shout(), x + b"d", x == b"abc", isinstance(x, bytes))
print(f"{b'x'}", "{}".format(bytearray(b"y")), str(bytearray(b"z")), format(b"q"))
print({b"a", b"a", bytes(b"a")}, b"a" * True)
print(bytes(memoryview(b"abc")[::2]), bytearray(memoryview(b"xy")))
m = memoryview(bytearray(b"1234"))
print(bytes(m[1:3]), m[1:3].hex(), m.obj)
it = iter(b"ab")
print(next(it), next(it), next(it, "end"))
print(list(reversed(b"abc")), b"abc"[True], next(enumerate(b"ab")))
print(b"a\x00b".split(b"\x00"), bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") > b"abb")
print(b"abc".find(b"c", -1), b"abc".count(b"", 1, 2), b"abc".startswith(b"", 3), b"abc".startswith(b"", 4))
print(b"1,2".split(b",")[1], b"x y".split(maxsplit=0), b"  ".split(None, 0), b" a ".rsplit(None, 0), b" a ".split(None, 0))
print(b" a b ".split(None, 1), b" a b ".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b",a,".split(b","))
checksum = 0
for i, byte in enumerate(b"\x10\x20\x30"):
    checksum = (checksum * 31 + byte + i) & 0xFFFF
print(checksum, bytes([checksum >> 8, checksum & 0xFF]).hex())
frame = bytearray(8)
frame[0:2] = b"\xaa\x55"
frame[2] = len(b"xyz")
frame[3:6] = b"xyz"
frame[-1] = sum(frame[:-1]) & 0xFF
print(frame, frame.hex(" "), bytes(frame[3:6]).decode())
