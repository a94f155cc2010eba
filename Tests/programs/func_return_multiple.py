# Returning tuples, early return, implicit None
def minmax(seq):
    lo = hi = seq[0]
    for v in seq[1:]:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
print(minmax([3, 1, 4, 1, 5, 9, 2]))
lo, hi = minmax([7])
print(lo, hi)
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    return "pos"
print([classify(n) for n in (-2, 0, 3)])
def nothing():
    x = 1
print(nothing())
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return n, mean, var
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
def swap(a, b):
    return b, a
print(swap(*swap(1, 2)))
def find(lst, x):
    for i, v in enumerate(lst):
        if v == x:
            return i
print(find([1, 2], 2), find([1, 2], 3))
