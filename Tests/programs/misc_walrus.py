# Assignment expressions (:=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
i = 0
while (v := data[i]) != 9:
    total += v
    i += 1
print(total, i, v)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
def chunks(s, k):
    out = []
    pos = 0
    while (piece := s[pos:pos + k]):
        out.append(piece)
        pos += k
    return out
print(chunks("abcdefgh", 3))
print((z := 5) + z, z)
