# Binary search, bisect-style insertion points
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 5, 7, 9, 11, 13]
print([bsearch(a, x) for x in [1, 7, 13, 0, 8, 14]])
print([bisect_left(a, x) for x in [0, 1, 2, 13, 20]])
b = []
for v in [5, 1, 4, 1, 3]:
    b.insert(bisect_left(b, v), v)
print(b)
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print(isqrt(0), isqrt(15), isqrt(16), isqrt(10 ** 30), isqrt(2 ** 127))
