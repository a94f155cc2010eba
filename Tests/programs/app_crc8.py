# CRC-8 and simple checksums with bit operations over byte values
def crc8(data, poly=0x07, init=0x00):
    crc = init
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ poly) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc
def to_bytes(s):
    return [ord(c) for c in s]
for msg in ["", "a", "123456789", "hello world"]:
    print(repr(msg), hex(crc8(to_bytes(msg))), crc8(to_bytes(msg), 0x31, 0xFF))
def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
print(fletcher16(to_bytes("abcde")), hex(fletcher16(to_bytes("abcdef"))))
def parity(n):
    p = 0
    while n:
        p ^= n & 1
        n >>= 1
    return p
print([parity(n) for n in range(16)])
print(sum(bin(n).count("1") for n in range(256)))
