# The program side of the runtime API fuzzer (apifuzz.py drives it). It
# enumerates every built-in function and every method of every built-in
# type from the runtime's own tables (dir(builtins), dir() of each type
# reachable from builtins, the built-in modules and the pool's values), in
# a deterministic order, then makes calls START .. START+COUNT-1: call k's
# target, arguments and keyword are drawn from an LCG seeded by (SEED, k),
# so any call can be re-made alone. Arguments are fresh values from POOL.
#
#   fuzzprog.py list                          the targets and the pool
#   fuzzprog.py SEED START COUNT [GC [ONLY]]
#       the calls, gc.collect() after every GC-th (default 1, 0 never); ONLY (a,b,...)
#       draws only targets of those qualified names ("dict.fromkeys",
#       "len") or prefixes ("str.")
#
# Before each call it prints "@@F k target argindices kw": a crash, a
# sanitizer report or a hang is the last call started. A MemoryError prints
# "@@M k" (the driver checks the heap really had to be full); the end
# "@@E n". Every call's Exception is caught; what a call may not do (block,
# exit) is in DENY.
import sys
import builtins
import gc

MODULES = []
try:
    import sys as m_sys

    MODULES.append(("sys", m_sys))
except ImportError:
    pass
try:
    import gc as m_gc

    MODULES.append(("gc", m_gc))
except ImportError:
    pass
try:
    import math

    MODULES.append(("math", math))
except ImportError:
    pass
try:
    import cmath

    MODULES.append(("cmath", cmath))
except ImportError:
    pass
try:
    import struct

    MODULES.append(("struct", struct))
except ImportError:
    pass
try:
    import array

    MODULES.append(("array", array))
except ImportError:
    pass
try:
    import collections

    MODULES.append(("collections", collections))
except ImportError:
    pass
try:
    import random

    MODULES.append(("random", random))
except ImportError:
    pass
try:
    import time

    MODULES.append(("time", time))
except ImportError:
    pass
try:
    import io

    MODULES.append(("io", io))
except ImportError:
    pass
try:
    import micropython

    MODULES.append(("micropython", micropython))
except ImportError:
    pass
try:
    import errno

    MODULES.append(("errno", errno))
except ImportError:
    pass
try:
    import binascii

    MODULES.append(("binascii", binascii))
except ImportError:
    pass
try:
    import hashlib

    MODULES.append(("hashlib", hashlib))
except ImportError:
    pass
try:
    import heapq

    MODULES.append(("heapq", heapq))
except ImportError:
    pass
try:
    import framebuf

    MODULES.append(("framebuf", framebuf))
except ImportError:
    pass
try:
    import uctypes

    MODULES.append(("uctypes", uctypes))
except ImportError:
    pass

# Calls that legitimately block, exit or change the whole process (by
# qualified name; "*.name" for a method name on every type):
#   input           reads stdin (blocks on a board's semihosting console)
#   sys.exit, exit  SystemExit ends the program
#   time.sleep*     big arguments sleep for years
#   heap_lock       every later allocation fails
#   gc.disable      the heap fills up for every later call
#   gc.threshold    a small one collects at every allocation of every later call
#   kbd_intr, schedule  change how the program is interrupted
#   uctypes.bytes_at, bytearray_at  read and write any address given
DENY = [
    "input",
    "exit",
    "quit",
    "sys.exit",
    "time.sleep",
    "time.sleep_ms",
    "time.sleep_us",
    "micropython.heap_lock",
    "micropython.kbd_intr",
    "micropython.schedule",
    "gc.disable",
    "gc.threshold",
    "uctypes.bytes_at",
    "uctypes.bytearray_at",
]

# ---- prelude: helpers the pool uses (apifuzz.py copies the ones a
# reproducer needs; each is one block starting at a top-level line) ----


class Plain:
    pass


class Odd:
    def __len__(self):
        return -1

    def __index__(self):
        return 2**70

    def __int__(self):
        return "x"

    def __float__(self):
        return None

    def __hash__(self):
        return 2**70

    def __eq__(self, other):
        raise ValueError("eq")

    def __lt__(self, other):
        return NotImplemented

    def __bool__(self):
        raise ValueError("bool")

    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("next")

    def __getitem__(self, i):
        raise IndexError(i)

    def __repr__(self):
        return "Odd()"

    def __str__(self):
        return 5

    def __call__(self, *a, **k):
        return self


class Idx:
    def __index__(self):
        return 3

    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])

    def __eq__(self, other):
        return other == 3

    def __hash__(self):
        return 3

    def __repr__(self):
        return "Idx()"


def gen():
    yield 1
    yield "two"


def selflist():
    l = [1]
    l.append(l)
    return l


def selfdict():
    d = {1: 2}
    d["me"] = d
    return d


def deep(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t


# ---- the pool: one value a line (apifuzz.py reads these sources) ----
POOL = [
    lambda: None,
    lambda: True,
    lambda: False,
    lambda: 0,
    lambda: 1,
    lambda: -1,
    lambda: 2,
    lambda: 7,
    lambda: 255,
    lambda: 2**30 - 1,
    lambda: 2**30,
    lambda: -(2**30) - 1,
    lambda: 2**31,
    lambda: 2**32 + 1,
    lambda: 2**62,
    lambda: 2**63,
    lambda: -(2**63) - 1,
    lambda: 2**64 + 1,
    lambda: -(2**70),
    lambda: 0.0,
    lambda: -0.0,
    lambda: 1.5,
    lambda: -2.5,
    lambda: 1e300,
    lambda: float("inf"),
    lambda: float("-inf"),
    lambda: float("nan"),
    lambda: 1j,
    lambda: complex(-0.0, 1e300),
    lambda: complex(float("nan"), float("inf")),
    lambda: "",
    lambda: "a",
    lambda: "abc",
    lambda: " Hello, World 123 ",
    lambda: "\xe9\u20ac\U0001f600",
    lambda: "x" * 1000,
    lambda: "{} {0} %s %d",
    lambda: "utf-8",
    lambda: "big",
    lambda: b"",
    lambda: b"abc",
    lambda: b"\x00\xff\x80",
    lambda: bytearray(b"xyz"),
    lambda: bytearray(),
    lambda: memoryview(b"abcd"),
    lambda: [],
    lambda: [1, 2, 3],
    lambda: [3, "a", None],
    lambda: list(range(1000)),
    lambda: (),
    lambda: (1, 2),
    lambda: ("a", 1.5, None),
    lambda: {},
    lambda: {1: 2, "a": "b"},
    lambda: set(),
    lambda: {1, 2, 3},
    lambda: frozenset({4, 5}),
    lambda: range(5),
    lambda: range(-3, 10, 2),
    lambda: range(2**62, 2**62 + 3),
    lambda: range(-(2**63), 2**63 - 1, 2**61),
    lambda: slice(1, 3),
    lambda: slice(None, None, -1),
    lambda: slice(2**63, -(2**63), 2**70),
    lambda: len,
    lambda: lambda *a, **k: 0,
    lambda: lambda x: x,
    lambda: int,
    lambda: str,
    lambda: list,
    lambda: type,
    lambda: object,
    lambda: ValueError,
    lambda: ValueError("v"),
    lambda: KeyError(1, 2),
    lambda: StopIteration(3),
    lambda: OSError(2, "No such file"),
    lambda: Plain,
    lambda: Plain(),
    lambda: Odd(),
    lambda: Idx(),
    lambda: gen(),
    lambda: iter([1, 2]),
    lambda: selflist(),
    lambda: selfdict(),
    lambda: [[[]], {}],
    lambda: object(),
    lambda: ...,
    lambda: NotImplemented,
    lambda: {1: 2}.keys(),
    lambda: {1: 2}.items(),
    lambda: [1, 2].append,
    lambda: deep(1000),
    lambda: array.array("h", [1, -2]),
    lambda: memoryview(array.array("i", [7, 8, 9]))[1:],
]
KW = ["key", "reverse", "default", "sep", "end", "file", "start", "base", "encoding", "errors", "byteorder", "signed", "x"]

# ---- the targets ----
TARGETS = []  # callables
OWNER = []  # "b" builtins, "m:math" a module, "t:list" a builtins type, "t:collections.deque",
# "p:12" the type of POOL[12], "v:sys.stdout" the type of a value
NAME = []
FIT = []  # pool indices whose values are instances of a method's type (None: not a method)
SAMPLES = [f() for f in POOL]


def denied(owner, name):
    if name in DENY or ("*." + name) in DENY:
        return True
    if owner.startswith("m:") and (owner[2:] + "." + name) in DENY:
        return True
    return False


QUAL = []  # qualified names: len, math.sqrt, list.append, dict_items.isdisjoint


def add(owner, name, fn, fit):
    TARGETS.append(fn)
    OWNER.append(owner)
    NAME.append(name)
    FIT.append(fit)
    if owner == "b":
        QUAL.append(name)
    elif owner[:2] in ("p:", "v:"):
        QUAL.append(TYPE_NAME + "." + name)
    else:
        QUAL.append(owner[2:] + "." + name)


TYPES = []  # (owner, type) in order of discovery: named ones first
VALUES = []  # (owner, type) of other values


def note_type(owner, t):
    for o, u in TYPES:
        if u is t:
            return
    TYPES.append((owner, t))


for n in dir(builtins):
    if denied("b", n):
        continue
    v = getattr(builtins, n)
    if callable(v):
        add("b", n, v, None)
    if isinstance(v, type):
        note_type("t:" + n, v)
    elif not callable(v):
        VALUES.append(("v:" + n, type(v)))
for mname, mod in MODULES:
    VALUES.append(("v:" + mname, type(mod)))
    for n in dir(mod):
        if denied("m:" + mname, n):
            continue
        try:
            v = getattr(mod, n)
        except Exception:
            continue
        if isinstance(v, type):
            note_type("t:" + mname + "." + n, v)
        elif callable(v):
            add("m:" + mname, n, v, None)
        else:
            VALUES.append(("v:" + mname + "." + n, type(v)))
for owner, t in VALUES:
    note_type(owner, t)
for i in range(len(SAMPLES)):
    note_type("p:" + str(i), type(SAMPLES[i]))


def is_wrapper(v):
    return type(v).__name__ == "wrapper_descriptor"


TYPE_NAME = ""
for owner, t in TYPES:
    TYPE_NAME = t.__name__
    parent = t.__bases__[0] if len(t.__bases__) == 1 and t is not object else None
    pnames = dir(parent) if parent is not None else []
    fit = [i for i in range(len(SAMPLES)) if isinstance(SAMPLES[i], t)]
    for n in dir(t):
        if n == "__class__" or denied(owner, n):
            continue
        try:
            v = getattr(t, n)
        except Exception:
            continue
        if not callable(v):
            continue
        if n in pnames:
            # Inherited unchanged: called through the parent already.
            try:
                pv = getattr(parent, n)
            except Exception:
                pv = None
            if pv is v or (is_wrapper(v) and is_wrapper(pv)):
                continue
        add(owner, n, v, fit)
SAMPLES = None

T = len(TARGETS)
CHOICES = list(range(T))  # what call() draws from
P = len(POOL)
NARGS = [0, 1, 1, 1, 2, 2, 2, 3, 3, 4]


def call(seed, k):
    x = (seed * 1000003 + k * 7919 + 12345) % 2147483648
    draws = []
    for j in range(12):
        x = (x * 1103515245 + 12345) % 2147483648
        draws.append(x >> 8)
    t = CHOICES[draws[0] % len(CHOICES)]
    n = NARGS[draws[1] % 10]
    idx = []
    for j in range(n):
        idx.append(draws[2 + j] % P)
    fit = FIT[t]
    if n > 0 and fit and draws[6] % 10 < 6:
        idx[0] = fit[draws[7] % len(fit)]
    kw = None
    if draws[8] % 8 == 0:
        kw = (KW[draws[9] % len(KW)], draws[10] % P)
    return t, idx, kw


def run(seed, start, count, every):
    for k in range(start, start + count):
        t, idx, kw = call(seed, k)
        print("\n@@F", k, t, ",".join([str(i) for i in idx]) or "-", ("%s=%d" % kw) if kw else "-")
        f = TARGETS[t]
        args = [POOL[i]() for i in idx]
        try:
            if kw:
                r = f(*args, **{kw[0]: POOL[kw[1]]()})
            else:
                r = f(*args)
            repr(r)
        except MemoryError:
            print("\n@@M", k)
        except Exception as e:
            try:
                repr(e)
            except Exception:
                pass
        r = None
        args = None
        if every and (k - start) % every == every - 1:
            gc.collect()
    print("\n@@E", count)


argv = [a for a in sys.argv[1:] if a != "--"]
if argv and argv[0] == "list":
    print("@@P", P)
    for i in range(T):
        print("@@T", i, OWNER[i], NAME[i], QUAL[i])
    print("@@E", T)
else:
    if len(argv) > 4:
        only = argv[4].split(",")
        CHOICES = [i for i in range(T) if QUAL[i] in only or [p for p in only if p[-1] == "." and QUAL[i].startswith(p)]]
    run(int(argv[0]), int(argv[1]), int(argv[2]), int(argv[3]) if len(argv) > 3 else 1)
