# random: properties only (the generator is not CPython's, so no values are printed)
import random

random.seed(42)
first = [random.random() for _ in range(20)]
random.seed(42)
again = [random.random() for _ in range(20)]
print(first == again, all(0.0 <= x < 1.0 for x in first), len(set(first)) > 15)
random.seed(7)
print(first != [random.random() for _ in range(20)])

random.seed(1)
ints = [random.randint(1, 6) for _ in range(600)]
print(min(ints), max(ints), sorted(set(ints)))
print(all(abs(ints.count(v) - 100) < 50 for v in range(1, 7)))
print(all(random.randint(-3, -3) == -3 for _ in range(5)))

rr = [random.randrange(10) for _ in range(300)]
print(min(rr) >= 0, max(rr) <= 9, len(set(rr)))
rr = [random.randrange(5, 50, 5) for _ in range(300)]
print(sorted(set(rr)))
rr = [random.randrange(10, 0, -3) for _ in range(300)]
print(sorted(set(rr)))

for k in (1, 8, 16, 31, 32, 33, 63, 64, 100):
    vals = [random.getrandbits(k) for _ in range(50)]
    print(k, all(0 <= v < 2 ** k for v in vals), max(vals) >= 2 ** (k - 2))
print(random.getrandbits(0))

us = [random.uniform(2.5, 3.5) for _ in range(100)]
print(all(2.5 <= u <= 3.5 for u in us), min(us) < 2.7, max(us) > 3.3)

items = ["a", "b", "c", "d"]
picks = {random.choice(items) for _ in range(200)}
print(sorted(picks), random.choice((9,)), random.choice("x"))

deck = list(range(52))
random.shuffle(deck)
print(len(deck), sorted(deck) == list(range(52)), deck != list(range(52)))
random.seed(3)
d1 = list(range(10)); random.shuffle(d1)
random.seed(3)
d2 = list(range(10)); random.shuffle(d2)
print(d1 == d2)

s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))

random.seed(99)
a = (random.randint(0, 1000), random.getrandbits(20), random.choice(items), random.uniform(0, 1))
random.seed(99)
b = (random.randint(0, 1000), random.getrandbits(20), random.choice(items), random.uniform(0, 1))
print(a == b)

for f, args in [(random.randrange, (0,)), (random.randrange, (5, 5)), (random.randint, (3, 1)), (random.choice, ([],)), (random.getrandbits, (-1,)), (random.randrange, (1, 5, 0))]:
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
