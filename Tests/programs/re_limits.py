# Limits: catastrophic backtracking raises RuntimeError (a step budget;
# CPython would run for ages), patterns nested 10,000 deep raise an
# exception (RecursionError here, as CPython), and long subjects with
# linear patterns work (the backtrack stack is on the heap).
import re


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except RecursionError:
        print(label, "RecursionError")
    except RuntimeError:
        print(label, "RuntimeError")
    except MemoryError:
        print(label, "MemoryError")
    except Exception:
        print(label, "error")


attempt("nested star", lambda: re.match("(a*)*b", "a" * 40))
attempt("nested plus", lambda: re.search("(a+)+$", "a" * 40 + "b"))
attempt("alternation", lambda: re.match("(a|aa)*c", "a" * 80))
attempt("sub", lambda: re.sub("(x+x+)+y", "-", "x" * 50))
attempt("deep", lambda: re.compile("(" * 10000 + ")" * 10000))
attempt("deep (?:", lambda: re.compile("(?:" * 10000 + ")" * 10000))
attempt("deep class", lambda: re.compile("[" * 10000))

# still usable afterwards
print(re.match("(a*)*b", "aaab").span())
print(re.match("(" * 40 + "a" + ")" * 40, "a").span(40))

# long subjects, linear patterns
s = "ab" * 20000
print(len(re.findall("ab", s)))
print(re.search("b$", s).span())
print(re.match("(?:ab)*", s).end())
print(re.match(".*", s).end())
print(re.match("(ab)*", s).span(1))
print(len(re.sub("a", "xy", s)))
print(len(re.split("b", s)))
print(re.search("c", s))
print(re.fullmatch("[ab]+", s) is not None)
