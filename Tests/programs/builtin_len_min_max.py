# len, min, max with iterables, multiple args, key= and default=
print(len([1, 2]), len("abc"), len((1,)), len({1: 2}), len(range(7)), len({1, 2, 2}))
print(min(3, 1, 2), max(3, 1, 2), min([5, -5, 0]), max("hello"), min((2.5, 2)))
print(max([1, 2, 3], key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max("aa", "b", key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max([(1, "b"), (1, "c"), (0, "z")]), min([[3], [1, 2], [1]]))
print(max([1, 5, 5, 2], key=lambda x: x // 5), min(2 ** 70, 2 ** 69))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
try:
    max([])
except ValueError:
    print("ValueError")
try:
    min(1)
except TypeError:
    print("TypeError")
try:
    len(3)
except TypeError:
    print("TypeError len")
words = ["kiwi", "fig", "banana", "apple"]
print(max(words, key=len), min(words), max(words))
