# Lambdas: as values, arguments, immediately called, with defaults
sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda a, b=2: a * b)(5), (lambda *a: a)(1, 2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(8))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
print((lambda **kw: sorted(kw))(b=1, a=2))
f = lambda: None
print(f(), type(f).__name__)
