# yield from: delegation, return values, nested generators
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    yield "inner returned " + r
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", (1, 2), {"k": 0})))
def tree(n):
    if n == 0:
        yield ""
        return
    for rest in tree(n - 1):
        yield "0" + rest
        yield "1" + rest
print(list(tree(3)))
def relay():
    got = yield from receiver()
    yield got
def receiver():
    x = yield "ready"
    return x * 2
r = relay()
print(next(r), r.send(21))
