# Hand-written sorting algorithms agree with sorted()
def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[0]
    less = [x for x in a[1:] if x < pivot]
    more = [x for x in a[1:] if x >= pivot]
    return quick(less) + [pivot] + quick(more)
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 2 ** 65, -2 ** 65]
for f in (bubble, insertion, merge_sort, quick):
    r = f(data)
    print(f.__name__, r, r == sorted(data))
print(data[:3])
