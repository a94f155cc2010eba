# sort with key= and reverse=, stability
words = ["banana", "Apple", "cherry", "fig", "date", "Elder"]
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=len, reverse=True))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [3, -1, -4, 1, 5, -9]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: x % 3)
print(nums)
calls = []
def key(x):
    calls.append(x)
    return -x
r = sorted([3, 1, 2], key=key)
print(r, sorted(calls), len(calls))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
