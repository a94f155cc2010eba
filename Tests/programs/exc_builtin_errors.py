# Built-in operations raise the right exception types
tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: [1][3],
    lambda: (1,)[-2],
    lambda: "ab"[5],
    lambda: {}["x"],
    lambda: int("abc"),
    lambda: float("x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: len(5),
    lambda: None.attr,
    lambda: (1).foo,
    lambda: [].pop(),
    lambda: [1].remove(2),
    lambda: undefined_thing,
    lambda: int(None),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "x".index("y"),
    lambda: chr(-5),
    lambda: [1, 2, 3][1:2:0],
    lambda: hash([]),
    lambda: (lambda a: a)(),
    lambda: abs("x"),
    lambda: 2 ** 10000 * 1.0,
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__)
