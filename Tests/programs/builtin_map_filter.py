# map and filter: lazy iterators, multiple iterables, None predicate
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2])), list(map(abs, range(-2, 2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda x: x % 3 == 0, range(15))), list(filter(str.isdigit, "a1b22c")))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
calls = []
def trace(x):
    calls.append(x)
    return x
m = map(trace, [7, 8, 9])
print(calls)
print(next(m), calls)
print(sum(map(int, "12345")), "-".join(map(str, range(4))))
print(sorted(map(lambda s: s.upper(), {"b": 1, "a": 2})))
print(list(map(int, filter(lambda s: s.strip(), ["1", " ", "3"]))))
