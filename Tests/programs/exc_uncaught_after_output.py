# Ends with an uncaught exception after lots of output; stdout must be complete
for i in range(50):
    print("line", i, i * i)
d = {}
for i in range(10):
    d[i] = str(i)
print(d)
lines = []
for k in d:
    lines.append(d[k] * 2)
print(" ".join(lines))
print(d[10])
