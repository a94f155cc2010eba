# for/else and while/else: else runs when no break
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("n =", n)
for x in range(0):
    pass
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner no break", i)
print("end")
