# range() accepts positional arguments only: keywords, spelled out or from
# **dict, are a TypeError even next to valid positional ones, in loops too.


def attempt(label, make):
    try:
        print(label, list(make()))
    except TypeError as e:
        print(label, "TypeError", e)


attempt("stop kw", lambda: range(stop=3))
attempt("pos + kw", lambda: range(1, stop=4))
attempt("pos + step kw", lambda: range(0, 6, step=2))
attempt("pos + **", lambda: range(2, **{"stop": 5}))
attempt("none", lambda: range())
attempt("four", lambda: range(1, 2, 3, 4))
attempt("star", lambda: range(*(1, 7, 3)))

for args, kw in (((3,), {}), ((0, 4), {"step": 1})):
    try:
        for i in range(*args, **kw):
            print("loop", i)
    except TypeError:
        print("loop TypeError")
