# Membership, iteration while building, enumerate over lists
a = [1, "two", 3.0, [4], None]
print(1 in a, "two" in a, 3 in a, [4] in a, None in a, 5 in a, "t" in a)
print(5 not in a, 2 ** 70 in [2 ** 70], 1 in [True])
total = 0
for v in [1, 2, 3, 4]:
    total += v
print(total)
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, v in enumerate(["a", "b"], 10):
    print(i, v)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
squares = []
for n in range(5):
    squares.append(n * n)
print(squares)
def first_neg(lst):
    for x in lst:
        if x < 0:
            return x
    return None
print(first_neg([3, 4, -2, -7]), first_neg([1]))
