# sort and sorted: stability with keys and reverse, runs of every small
# length, sorted and reversed input, an exception in __lt__ mid-sort.
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
for n in [0, 1, 2, 3, 7, 8, 9, 10, 16, 17, 33, 100, 1000]:
    for kind in range(4):
        if kind == 0: d = [rnd(50) for _ in range(n)]
        elif kind == 1: d = list(range(n))
        elif kind == 2: d = list(range(n, 0, -1))
        else: d = [(rnd(5), i) for i in range(n)]
        a = sorted(d); b = sorted(d, reverse=True)
        c = sorted(d, key=lambda v: (v[0] if isinstance(v, tuple) else v) % 7)
        e = sorted(d, key=lambda v: (v[0] if isinstance(v, tuple) else v) % 3, reverse=True)
        print(n, kind, hash(tuple(a)) == hash(tuple(sorted(d))), a[:5], b[:5], c[:6], e[:6], a == sorted(b))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 13: raise ValueError("thirteen")
        return s.v < o.v
l = [K(i % 17) for i in range(40)]
try:
    l.sort()
except ValueError as ex:
    print("ValueError", ex, [k.v for k in l][:10])
w = ["b", "A", "c", "a", "B"] * 3
print(sorted(w), sorted(w, key=str.lower), sorted(w, key=str.lower, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0, -0.0, 2]), sorted([[2, 1], [1, 2], [1, 1]]))
try:
    sorted([1, "a", 2])
except TypeError as ex:
    print("TypeError", ex)
m = [(-1) ** i * rnd(1000) for i in range(60)] + [0, -0, 7, -7]
print(sorted(m)[:12], sorted(m, reverse=True)[:12], sorted(m + [2**70, -2**70])[:3])
m.sort(reverse=True)
print(m[-5:], sorted([True, 0, 1, False, -1]), sorted([3, 1, 2], key=None))
