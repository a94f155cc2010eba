# In-place set updates with several iterables of different kinds
s = {1, 2, 3, 4, 5, 6}
print(s.intersection_update([1, 2, 3, 4, 9], (2, 3, 4), {3, 4, 5}), sorted(s))
s = set(range(10))
s.difference_update([0, 1], {2}, (3,), "ab", range(8, 20))
print(sorted(s))
s = {1, 2, 3}
s.symmetric_difference_update([3, 4, 4, 5])
print(sorted(s))
s.intersection_update()
print(sorted(s))
s.difference_update()
print(sorted(s))
d = {"a": 1, "b": 2}
s = {"a", "z"}
s.symmetric_difference_update(d)
print(sorted(s))
t = {1, 2}
alias = t
t.intersection_update({2, 3})
print(alias is t, alias)
try:
    t.difference_update(5)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset({1}).intersection_update({1})
except AttributeError as e:
    print("AttributeError", e)
