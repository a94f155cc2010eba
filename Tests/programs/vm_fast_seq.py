# The interpreter's inline sequence paths: list and tuple subscripts with
# small-int indexes (negative ones, out of range, big-int and bool
# indexes), `for` over lists, tuples and ranges (lists changing during the
# loop), truth tests of jumps, and exception chaining when control leaves
# an except clause by a jump. Ends with an uncaught IndexError.
l = [10, 20, 30, 40]
t = (1, "a", None, 2.5)
for i in range(-6, 6):
    for s in (l, t, "wxyz", b"wxyz", range(4)):
        try:
            print(i, s[i])
        except IndexError as e:
            print(i, "IndexError", e)
print(l[True], t[False], l[-True])
try:
    print(l[2**40])
except IndexError as e:
    print("IndexError", e)
try:
    print(t[-(2**70)])
except IndexError as e:
    print("IndexError", e)
try:
    print(l[1.0])
except TypeError as e:
    print("TypeError", e)
try:
    print(t["x"])
except TypeError as e:
    print("TypeError", e)

# Stores, with negative and out-of-range indexes.
m = list(range(6))
for i in range(-8, 8):
    try:
        m[i] = i * 10
    except IndexError as e:
        print(i, "IndexError", e)
print(m)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
m[True] = "T"
print(m)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("set", i, v)


class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


ll = L([1, 2, 3])
print(ll[0], ll[-1], T((1, 2))[1])
ll[0] = 5
print(list(ll))

# for over lists that grow, shrink and are replaced while iterated.
a = [1, 2, 3]
for x in a:
    if len(a) < 8:
        a.append(x * 10)
    print("grow", x)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.pop()
    print("shrink", x)
c = [1, 2, 3]
for x in c:
    c = [9, 9]
    print("rebind", x)
d = [1, 2, 3]
for x in d:
    d.clear()
    print("clear", x)
for x in ():
    print("never")
for x in (1, (2, 3), [4]):
    print("tuple", x)
for i, x in enumerate(reversed([5, 6])):
    print(i, x)
for x in range(3, -4, -2):
    print("range", x)
for x in range(2**30 - 2, 2**30 + 2):
    print("edge", x)
for x in range(2**62 - 1, 2**62 + 1):
    print("edge", x)
for x in L([7, 8]):
    print("L", x)
it = iter([1, 2, 3])
print(next(it))
for x in it:
    print("rest", x)
print(list(it), [y * 2 for y in [1, 2, 3]], [z for z in (4, 5) if z > 4], sum(x for x in [1, 2]))
n = 0
for x in [1, 2, 3, 4]:
    if x == 2:
        continue
    if x == 4:
        break
    n += x
else:
    print("no")
print(n)

# Truth of what conditional jumps see.
for v in (0, 1, -1, 2**30, 2**62, 2**70, 0.0, -0.0, 1.5, "", "x", [], [0], (), None, True, False, {}, {1: 2}):
    r = []
    if v:
        r.append("T")
    else:
        r.append("F")
    if not v:
        r.append("n")
    r.append(v and "and")
    r.append(v or "or")
    while v:
        r.append("w")
        break
    print(repr(v), r)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v


class Len:
    def __len__(self):
        return 0


print(bool(B(True)), "yes" if B(False) else "no", B(True) and 1, B(False) or 2, "L" if Len() else "noL")


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


try:
    if Bad():
        pass
except ValueError as e:
    print("ValueError", e)


# Implicit chaining: an exception raised after an except clause was left
# (by falling out of it, break, continue or return) has no __context__.
def ctx(e):
    return type(e.__context__).__name__ if e.__context__ else None


def after_clause():
    try:
        raise KeyError(1)
    except KeyError:
        pass
    try:
        raise ValueError(2)
    except ValueError as e:
        return ctx(e)


def in_clause():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as e:
            return ctx(e)


def after_break():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
            continue
    try:
        raise ValueError(2)
    except ValueError as e:
        return ctx(e)


def loop_in_clause():
    try:
        raise KeyError(1)
    except KeyError:
        for i in range(3):
            if i == 2:
                try:
                    raise ValueError(2)
                except ValueError as e:
                    return ctx(e)


def after_finally():
    try:
        try:
            raise KeyError(1)
        finally:
            pass
    except KeyError:
        pass
    try:
        [][0]
    except IndexError as e:
        return ctx(e)


def gen():
    try:
        raise KeyError(1)
    except KeyError:
        yield 1
        yield 2
    yield 3
    try:
        raise ValueError(2)
    except ValueError as e:
        yield ctx(e)


print(after_clause(), in_clause(), after_break(), loop_in_clause(), after_finally(), list(gen()))


# Unpacking: tuples and lists of the right length, and everything else.
a, b = 1, 2
a, b = b, a
c, d, e = [a, b, 3]
print(a, b, c, d, e)
for src in ((1, 2), [1, 2], (1,), [1, 2, 3], "xy", range(2), {7: 8, 9: 10}, iter([5, 6]), ()):
    try:
        x, y = src
        print("unpacked", x, y)
    except ValueError as err:
        print("ValueError", err)
try:
    x, y = 5
except TypeError:
    print("TypeError")
(p, q), r = (1, [2]), 3
print(p, q, r)
rows = [(i, i * i) for i in range(3)]
for i, sq in rows:
    print(i, sq)


def deep(l, i):
    return l[i]


print(deep([1, 2], -2))
deep((1, 2, 3), 3)
