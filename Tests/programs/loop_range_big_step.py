# for loops over ranges with big bounds and steps, early exits
count = 0
for i in range(0, 10 ** 6, 99991):
    count += 1
print(count, i)
for i in range(10 ** 12, 10 ** 12 + 3):
    print(i)
acc = []
for i in range(-10, 11, 7):
    acc.append(i)
print(acc)
for i in range(5, -6, -5):
    print(i, end=" ")
print()
n = 0
for i in range(1000000):
    n += i
    if n > 1000:
        break
print(i, n)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print(i, j, end="; ")
print()
