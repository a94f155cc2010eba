# StopIteration from next(), default values, manual iteration loops
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
it = iter("ab")
out = []
while True:
    try:
        out.append(next(it))
    except StopIteration:
        break
print(out)
def gen():
    yield 1
    return "retval"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
d = iter({"a": 1})
print(next(d), next(d, "exhausted"))
