# re.match and Pattern.match / fullmatch: literals, classes, repetition,
# anchors, escapes, str and bytes.
import re


def show(p, s, flags=0):
    m = re.match(p, s, flags)
    print(repr(p), repr(s), m.span() if m else None, m.group() if m else None)


show("abc", "abcd")
show("abc", "abx")
show("a.c", "a\nc")
show("a.c", "axc")
show(".", "")
show("[a-cx-z]+", "abzyq")
show("[^a-c]+", "xyzab")
show("[]a]+", "]a]b")
show("[a-]+", "-a-b")
show("[\\d.]+", "3.14x")
show("[\\w-]+", "foo-bar baz")
show("[^\\W\\d]+", "abc123")
show("a*", "aaab")
show("a*?b", "aaab")
show("a+", "b")
show("a+?", "aaa")
show("ab?c", "ac")
show("ab??", "ab")
show("a{3}", "aaaa")
show("a{2,}", "aaaaa")
show("a{,2}", "aaaa")
show("a{2,3}", "aaaaa")
show("a{2,3}?", "aaaaa")
show("(?:ab){2}", "ababab")
show("a{", "a{")
show("a{x}", "a{x}")
show("a{1,2", "a{1,2")
show("^abc$", "abc")
show("abc$", "abc\n")
show("abc$", "abc\nx")
show("\\Aab\\Z", "ab")
show("\\Aab\\Z", "ab\n")
show("a|ab|abc", "abc")
show("(a|ab)(c|bcd)", "abcd")
show("\\d+\\s+\\w+", "42   answers")
show("\\D\\S\\W", "a b")
show("\\x41\\u00e9\\n\\t", "A\u00e9\n\t")
show("\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\", ".*+?()[]{}|^$\\")
show("\\bfoo\\b", "foo bar")
show("\\bfoo\\b", "foobar")
show("foo\\B", "foobar")
show("caf\u00e9+", "caf\u00e9\u00e9s")
show("[\u00e0-\u00ff]+", "\u00e9\u00e8a")
show("\u4e2d.", "\u4e2d\u6587")
show("(a)\\1", "aab")
show("(a*)b\\1", "aabaa")
show("(?P<x>[a-z])(?P=x)", "zz")
show("", "abc")
show("x*", "")

# bytes patterns and subjects
print(re.match(b"[a-z]+", b"hello world").group())
print(re.match(b"\\xff+", b"\xff\xff\x00").span())
print(re.match(b".", b"\xe9").group())
print(re.match(b"a", bytearray(b"abc")).group())
print(re.match(b"b", memoryview(b"bcd")).group())

# fullmatch
print(re.fullmatch("a+", "aaa"))
print(re.fullmatch("a+", "aaab"))
print(re.fullmatch("a|ab", "ab").span())
print(re.compile("\\d+").fullmatch("123"))

# pattern methods with pos and endpos
p = re.compile("\\d+")
print(p.match("ab123", 2).span())
print(p.match("ab123", 2, 4).group())
print(p.match("ab123", 1))
print(p.search("ab123", endpos=3).group())
print(re.compile("^a").match("ba", 1))
print(p.match("\u00e9\u00e912", 2).span())

# repr of patterns and matches
print(re.compile("a+"))
print(re.compile(b"a+"))
print(re.compile("a", re.I | re.M))
print(re.match("a+", "aaa"))
print(re.match(b"a+", b"aaa"))
print(re.compile("(a)(b)").groups, re.compile("x").pattern, re.compile(b"x").pattern)

# Three octal digits are an octal escape, one or two digits a group reference (CPython's rule).
for p in [r'\211', r'a\101b', r'(x)\1', r'(x)\18', r'\400' ]:
    try:
        r = re.compile(p)
        print(p, [m.span() for m in r.finditer('\x89aAbxx1xx8\x89')])
    except re.error as e:
        print(p, "error")
print(re.sub(r'\141', 'Z', 'banana'))
