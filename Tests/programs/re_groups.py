# Match objects: group(*n), groups(default), groupdict, start/end/span,
# named groups, unmatched groups, m[n], string/re/pos/endpos/lastindex.
import re

m = re.match("(\\w+) (\\w+)(?: (\\w+))?", "Isaac Newton, physicist")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2), m.group(0, 3))
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(3), m.start(3))
print(m[0], m[1], m[2], m[3])
print(m.string, m.re.pattern, m.pos, m.endpos, m.lastindex)

m = re.match("(?P<first>\\w+) (?P<last>\\w+)", "Malcolm Reynolds")
print(m.group("first"), m.group("last"), m["last"], m.span("last"))
print(m.groupdict(), m.groups())
print(re.compile("(?P<a>x)(y)(?P<b>z)").groupindex == {"a": 1, "b": 3})
print(re.match("(?P<a>x)|(?P<b>y)", "y").groupdict("none"))

m = re.match("((a)(b))?(c)", "c")
print(m.groups(), m.span(1), m.span(2), m.span(4))
m = re.match("(a)*", "aaa")
print(m.group(1), m.span(1))
m = re.match("(a|b)*c", "abac")
print(m.group(1), m.span(1))
m = re.match("(a*)*", "b")
print(m.groups(), m.span(1))
m = re.match("(a*)+", "b")
print(m.groups(), m.span(1))
m = re.match("(a|)+?b", "aab")
print(m.groups())
m = re.match("(?:(a)|b)+", "ab")
print(m.groups())
m = re.match("(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", "abcdefghijk")
print(m.group(11), m.lastindex)
print(re.sub("(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", "\\11\\1", "abcdefghijk"))

# positions count code points in str, bytes in bytes
m = re.search("(\u00e9+)(\u4e2d)", "x\u00e9\u00e9\u4e2dy")
print(m.span(), m.span(1), m.span(2), m.group(2))
m = re.search(b"(\\xc3\\xa9)", "x\u00e9".encode())
print(m.span(1))

for bad in (2, -1, "nope", 1.5):
    try:
        re.match("(a)", "a").group(bad)
    except IndexError:
        print("IndexError", bad)
try:
    re.match("(a)", "a").start(5)
except IndexError:
    print("IndexError start")

# counted repetition of a body that can match empty: an optional
# iteration that consumed nothing ends it (as a star's)
print(re.match("(a??){0,2}b", "ab").groups(), re.match("(a??){1,2}b", "ab").groups())
print(re.match("(a?){0,2}b", "ab").groups(), re.findall("(c??){0,2} ", "c x \n "))
