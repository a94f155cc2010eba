# Loop variables persist after the loop, and loops over many iterables
for i in range(5):
    pass
print(i)
for ch in "xyz":
    pass
print(ch)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print(total)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for k in {"p": 1, "q": 2}:
    print(k)
for x in (10, 20):
    print(x)
for n, (c, d) in zip(range(2), ["ab", "cd"]):
    print(n, c, d)
tbl = []
for i in range(1, 4):
    line = []
    for j in range(1, 4):
        line.append(i * j)
    tbl.append(line)
print(tbl)
for _ in range(2):
    print("underscore")
