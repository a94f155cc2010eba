# Dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({w: len(w) for w in ["aa", "b", "cccc"] if len(w) > 1})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k.upper(): v * 10 for k, v in d.items() if v != 2})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({c: "vowel" if c in "aeiou" else "consonant" for c in "bead"})
print({n % 3: n for n in range(10)})
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print(len({i: None for i in range(1000)}))
