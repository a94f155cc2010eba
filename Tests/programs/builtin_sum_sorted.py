# sum with start values; sorted on various iterables
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(10), -45), sum([0.5, 0.25]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(4)), sum([2 ** 70, 2 ** 70]), sum([True, True]))
print(sorted([3, 1, 2]), sorted("cba"), sorted((9, 8)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
data = [5, 3]
res = sorted(data)
print(res, data, res is data)
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
print(sorted([]), sorted([[2, 1], [1, 9], [1, 2]]))
print(sum([1.5, 2, 3]), sum(range(1, 101)) == 5050)
