# Star expressions in calls, literals and assignment targets
def f(a, b, c):
    return a * 100 + b * 10 + c
args = (1, 2, 3)
print(f(*args), f(*[4, 5], 6), f(7, *(8, 9)))
print((*args,), [*args, *args], (*"ab", *range(2)))
a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*a, = "xyz"
print(a)
(a, b), *c = (1, 2), 3, 4
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
def g(*args):
    return len(args), args
print(g(), g(*()), g(*range(4)))
print(max(*[3, 9, 2]), print(*[1, 2, 3], sep="-"))
first, second, *others = sorted({"c": 1, "a": 2, "b": 3, "d": 4})
print(first, second, others)
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged)
