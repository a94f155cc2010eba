# gc-stress: skip: 16,000 nested containers cost a collection each, O(n^2) in that mode
# Containers nested deep that harden_deep_nesting.py does not cover:
# frozensets, deques, OrderedDicts, namedtuples, exceptions and mixtures of
# lists and dicts (json-like); repr, str, hash, ==, <, `in`, list methods
# that compare (index, count, remove), max, dict lookups. Past the stack
# budget each raises RecursionError (CPython: past its recursion limit;
# hash only at 100 deep: CPython hashes without a limit); 100 deep works.
# Nothing faults, on any target.
import gc
from collections import deque, OrderedDict, namedtuple

P = namedtuple("P", "v")


def nest(n, wrap):
    x = 0
    for i in range(n):
        x = wrap(x)
    return x


def attempt(what, f):
    try:
        r = f()
        print(what, r if r is None or isinstance(r, (int, bool)) else len(r))
    except RecursionError:
        print(what, "RecursionError")


wraps = (
    ("frozenset", lambda x: frozenset([x])),
    ("deque", lambda x: deque([x])),
    ("OrderedDict", lambda x: OrderedDict([("k", x)])),
    ("namedtuple", P),
    ("exception", lambda x: ValueError(x)),
    ("json-like", lambda x: {"a": [1, x], "b": None}),
    ("list-tuple", lambda x: [(x,)]),
)
print("depth 100")
for name, wrap in wraps:
    a = nest(100, wrap)
    attempt(name + " repr", lambda: repr(a))
    attempt(name + " str", lambda: str(a))
    if name in ("frozenset", "namedtuple"):
        attempt(name + " hash", lambda: hash(a) == hash(a))
    if name != "exception":
        b = nest(100, wrap)
        attempt(name + " ==", lambda: a == b)
    a = b = None
# Deep: one structure at a time (the boards' heap is 2.5 MiB). Each one is
# collected before the next is built: the next deep recursion reuses the
# C stack the last one left words of the dead structure in, and the
# conservative stack scan (MicroPython's too) would keep it alive.
for name, wrap in (wraps[2], wraps[5], wraps[6]):
    a = nest(16000, wrap)
    attempt(name + " 16000 repr", lambda: repr(a))
    attempt(name + " 16000 str", lambda: str(a))
    a = None
    gc.collect()
for n in (100, 16000):
    print("depth", n)
    a = nest(n, lambda x: [x])
    b = nest(n, lambda x: [x])
    attempt("list ==", lambda: a == b)
    attempt("list index", lambda: [1, a].index(b))
    attempt("list count", lambda: [a, 1].count(b))
    attempt("list remove", lambda: [a].remove(b))
    attempt("max", lambda: len(max([a, b])))
    attempt("tuple <", lambda: (a,) < (b,))
    a = b = None
    t = nest(n, lambda x: (x, 1))
    u = nest(n, lambda x: (x, 1))
    attempt("dict lookup", lambda: {t: 1}.get(u, 0))
    attempt("set in", lambda: u in {t})
    t = u = None
print("done")
