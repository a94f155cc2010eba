# Augmented assignment operators on ints
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0x100; print(x)
x &= 0x1F0; print(x)
x ^= 0xFF; print(x)
y = 2 ** 60
for i in range(5):
    y *= 1000
print(y)
y //= 10 ** 12
print(y)
lst = [1, 2, 3]
lst[1] += 10
print(lst)
d = {"k": 1}
d["k"] *= 7
print(d)
