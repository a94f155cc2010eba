# gc-stress: skip: 20,000 nested containers cost a collection each, O(n^2) in that mode
# Containers nested 20,000 deep: repr, str, format, ==, < and `in` recurse in
# C; past the stack budget they raise RecursionError, as CPython does past
# its recursion limit (1,000). 200 deep works in both.
def nest(n, wrap):
    x = 0
    for i in range(n):
        x = wrap(x)
    return x


def attempt(what, f):
    try:
        print(what, f())
    except (RecursionError, TypeError) as e:
        print(what, type(e).__name__)


loop = []
loop.append(loop)
dloop = {}
dloop["k"] = dloop
for n in (200, 20000):
    print("depth", n)
    x = nest(n, lambda x: [x])
    attempt("repr list", lambda: len(repr(x)))
    attempt("str list", lambda: len(str(x)))
    attempt("format list", lambda: len("{}".format(x)))
    attempt("percent list", lambda: len("%r" % (x,)))
    attempt("f-string list", lambda: len(f"{x!s}"))
    attempt("== cyclic list", lambda: x == loop)
    attempt("< cyclic list", lambda: x < loop)
    attempt("in", lambda: x in [loop])
    attempt("sorted", lambda: len(sorted([x, loop])))
    try:
        print("print", x)  # nothing of x is written when it fails
    except RecursionError:
        print("RecursionError")
    x = nest(n, lambda x: (x,))
    attempt("repr tuple", lambda: len(repr(x)))
    if n == 200:
        attempt("hash tuple", lambda: hash(x) == hash(x))
    x = nest(n, lambda x: {"k": x})
    attempt("repr dict", lambda: len(repr(x)))
    attempt("== cyclic dict", lambda: x == dloop)
    x = None
print("done")
