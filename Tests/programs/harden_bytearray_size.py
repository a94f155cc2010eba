# bytearray(n) and bytes(n) past 32 bits: n bytes or MemoryError, never the
# count cut to its low bits (bytearray(2**32 + 5) once made 5 bytes on the boards).
for n in (2**31, 2**32 + 5, 2**40):
    try:
        print(len(bytearray(n)) == n)
    except MemoryError:
        print("MemoryError")
    try:
        print(len(bytes(n)) == n)
    except MemoryError:
        print("MemoryError")
