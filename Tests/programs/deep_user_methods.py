# gc-stress: skip: 5,000-deep recursions allocate at every level, and each collection scans the deep stack
# User objects nested 5,000 deep whose __repr__, __str__, __eq__, __lt__,
# __hash__, __contains__ and __len__ recurse through the runtime's C code:
# past the stack budget each raises RecursionError (CPython: past its
# recursion limit); 50 deep works. Nothing faults, on any target.
def nest(n, wrap):
    x = 0
    for i in range(n):
        x = wrap(x)
    return x


class R:
    def __init__(self, c):
        self.c = c

    def __repr__(self):
        return "R(" + repr(self.c) + ")"

    def __str__(self):
        return "S" + str(self.c)

    def __eq__(self, o):
        return self.c == o.c

    def __lt__(self, o):
        return self.c < o.c

    def __hash__(self):
        return hash(self.c) + 1

    def __contains__(self, x):
        return x in self.c if isinstance(self.c, R) else x == self.c

    def __len__(self):
        return len(self.c) + 1 if isinstance(self.c, R) else 1


def attempt(what, f):
    try:
        r = f()
        print(what, r if r is None or isinstance(r, (int, bool)) else len(r))
    except RecursionError:
        print(what, "RecursionError")


for n in (50, 5000):
    print("depth", n)
    a = nest(n, R)
    b = nest(n, R)
    attempt("repr", lambda: repr(a))
    attempt("str", lambda: str(a))
    attempt("print", lambda: print(a))
    attempt("format", lambda: "{!r}".format(a))
    attempt("==", lambda: a == b)
    attempt("<", lambda: a < b)
    attempt("sorted", lambda: sorted([a, b]))
    attempt("hash", lambda: hash(a) == hash(b))
    attempt("in", lambda: 0 in a)
    attempt("len", lambda: len(a))
    attempt("dict key", lambda: {a: 1}[b])
    a = b = None


class Self:
    def __repr__(self):
        return repr(self)

    def __getattr__(self, name):
        return getattr(self, name)


attempt("self repr", lambda: repr(Self()))
attempt("self getattr", lambda: Self().x)


def k(v):
    return k(v)


attempt("sorted key", lambda: sorted([2, 1], key=k))
attempt("max key", lambda: max([2, 1], key=k))
attempt("map", lambda: list(map(k, [1])))
print("done")
