# Indexing and slicing of strings
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2])
print(s[100:], s[-100:3], s[5:2], s[3:3], repr(s[20:30]))
print(s[2:-2:3], s[-1:-6:-1])
for i in range(-3, 3):
    print(i, s[i])
try:
    s[12]
except IndexError:
    print("IndexError")
try:
    s[-13]
except IndexError:
    print("IndexError")
try:
    s[0] = "h"
except TypeError:
    print("TypeError")
t = "abcdef"
print([t[i:i + 2] for i in range(0, len(t), 2)])
print(t[len(t) // 2:] + t[:len(t) // 2])
