# Errors: bad patterns raise re.error (a ValueError here, as MicroPython
# raises ValueError; CPython's re.error is not one, so only the name is
# printed), bad templates, wrong argument types; and re.escape.
import re

bad = ["?", "*", "+", ")", "(", "[", "([", "([)", "[a\\]", "a**", "a+*", "a{2}{3}", "a{3,2}",
       "x|*", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=zz)", "(?P<a", "\\1", "(a)\\2", "(a\\1)",
       "\\q", "[b-a]", "[\\d-z]", "\\", "^*", "$+", "\\b*", "a{2}?+", "\\x4", "\\u12",
       "[\\x]", "(?Px)", "a)b", "((a)", "[\\Z]"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), type(e).__name__)

for p, t in [("(a)", "\\2"), ("(a)", "\\g<2>"), ("a", "\\g<x"), ("a", "\\g<>"), ("a", "\\q"),
             ("(a)", "\\"), ("a", "\\g<-1>")]:
    try:
        print(re.sub(p, t, "xax"))
    except re.error as e:
        print(repr(t), type(e).__name__)
    except IndexError as e:
        print(repr(t), "IndexError")
try:
    re.sub("(?P<a>x)", "\\g<b>", "x")
except IndexError:
    print("unknown group name IndexError")

calls = [
    lambda: re.match("a", b"a"),
    lambda: re.match(b"a", "a"),
    lambda: re.search("a", 5),
    lambda: re.compile(5),
    lambda: re.match(None, "a"),
    lambda: re.sub("a", b"x", "a"),
    lambda: re.sub(b"a", "x", b"a"),
    lambda: re.sub("a", lambda m: 1, "a"),
    lambda: re.split("a", 3),
    lambda: re.findall(b"a", "a"),
    lambda: re.compile("a").match(),
    lambda: re.compile("a").split(["a"]),
    lambda: re.match("a", "a", "x"),
]
for f in calls:
    try:
        print(f())
    except TypeError:
        print("TypeError")
try:
    re.match(re.compile("a"), "a", re.I)
except ValueError:
    print("ValueError flags with compiled pattern")

print(re.escape("a.b*c+d?(x)[y]{z}|^$\\ -#&~"))
print(re.escape(b"1.5"))
print(re.escape("caf\u00e9_01"))
print(re.match(re.escape("a.b"), "a.b").group(), re.match(re.escape("a.b"), "axb"))
