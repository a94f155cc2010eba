# Moderately deep recursion works; runaway recursion raises RuntimeError (RecursionError)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(100))))
def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RuntimeError:
    print("RuntimeError caught")
print("still alive", depth(50))
def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n - 2)
print(mutual_a(150))
