# assert statements (asserts kept at the default optimisation level)
def check(x):
    assert x > 0, "x must be positive"
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert False
except AssertionError as e:
    print("bare", e.args)
try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert True
assert [1], "nonempty list is true"
n = 0
try:
    assert n, "n is %d" % n
except AssertionError as e:
    print(str(e))
