# bytearray: mutation by index and slice, list-like methods, in-place ops
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba), ba[1], ba[1:3])
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"xyz"
print(ba)
ba[1:4] = b""
print(ba)
ba[0:0] = [1, 2]
print(ba)
ba[::2] = b"abc"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
ba.append(65)
ba.extend(b"BC")
ba.extend([68, 69])
ba.extend(bytearray(b"F"))
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(66)
print(ba)
c = ba.copy()
c.reverse()
print(c, ba, c is ba)
ba += b"++"
print(ba)
alias = ba
ba += bytearray(b"!")
print(alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba.clear()
print(ba, bool(ba))
x = bytearray(b"ab")
x += bytes(x)
x[0:1] = x
print(x)
x.extend(x)
print(x, x.count(b"a"), 97 in x)
for i in range(3):
    x[i] += 1
print(x, list(x[:3]))
try:
    x[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    x[0] = "a"
except TypeError as e:
    print("TypeError", e)
try:
    x[0:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    x[::2] = b"a"
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
try:
    bytearray(b"a").remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    x[99]
except IndexError as e:
    print("IndexError", e)
