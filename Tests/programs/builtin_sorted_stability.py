# sorted/sort are stable; key functions are called once per element
records = [("b", 1), ("a", 2), ("c", 1), ("a", 1), ("b", 2)]
by_letter = sorted(records, key=lambda r: r[0])
print(by_letter)
by_num = sorted(by_letter, key=lambda r: r[1])
print(by_num)
print(sorted(records, key=lambda r: r[1], reverse=True))
calls = []
def k(x):
    calls.append(x)
    return x % 3
data = [5, 3, 9, 1, 4]
print(sorted(data, key=k), len(calls))
lst = ["bb", "a", "ccc", "dd", "e"]
lst.sort(key=len)
print(lst)
lst.sort(key=len, reverse=True)
print(lst)
same = [(1, "first"), (1, "second"), (1, "third")]
print(sorted(same, key=lambda p: p[0]) == same)
