# slice.indices(length): the start, stop and step a sequence of that
# length uses for the slice.
cases = [
    slice(None),
    slice(3, None),
    slice(None, 4),
    slice(-3, -1),
    slice(1, 8, 3),
    slice(8, 1, -3),
    slice(None, None, -1),
    slice(-100, 100),
    slice(100, -100, -2),
]
for s in cases:
    for length in (0, 1, 6, 12):
        r = s.indices(length)
        print(s, length, r, len(range(*r)) == len(list(range(length))[s]))


class Key:
    def __getitem__(self, k):
        return k


print(Key()[1:9:2].indices(5))
print(slice(True, 5).indices(10))
for bad in (None, "3", 1.5):
    try:
        slice(1, 2).indices(bad)
    except TypeError:
        print("TypeError", repr(bad))
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError", e)
try:
    slice(1, 2, 0).indices(4)
except ValueError as e:
    print("ValueError", e)
try:
    slice("a", 2).indices(4)
except TypeError:
    print("TypeError str start")
