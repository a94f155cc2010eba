# json: bad documents (JSONDecodeError, a ValueError, with CPython's
# message and position), objects JSON cannot hold, bad arguments and
# cycles (nesting past the stack: json_deep.py).
import json

print(issubclass(json.JSONDecodeError, ValueError))

bad = (
    "",
    " ",
    '"abc',
    "]",
    "a",
    '{{}:"abc"}',
    "[null]   a",
    '{"a":0,',
    '{"a":0, [',
    "[0,",
    '[0, {"a":0, ',
    "[",
    "{",
    '{"a"',
    '{"a":',
    '{"a" 1}',
    '{"a":}',
    '{"a":1,}',
    '{"a":1 "b":2}',
    "{1:2}",
    "{'a':1}",
    "[1,]",
    "[,]",
    "[1 2]",
    "[]]",
    "{}}",
    "1 2",
    "01",
    "-01",
    "00",
    "-",
    "- 1",
    "1.",
    ".5",
    "1e",
    "1e+",
    "+1",
    "0x10",
    "1_0",
    "nan",
    "inf",
    "-inf",
    "True",
    "nul",
    "nulll",
    "tru",
    "'a'",
    '"\\x41"',
    '"\\a"',
    '"\\',
    '"\\u12"',
    '"\\u12g4"',
    '"\\u1234',
    '"\\ud83d\\u12"',
    '"\\ud83d\\uzzzz"',
    '"a\nb"',
    '"a\tb"',
    '"\x01"',
    '"\x1f"',
    "\x0c1",
    "\u00a01",
    "\ufeff1",
    "[1,\n 2,\n x]",
    '{\n  "a": 1,\n  "b": \u00e9\n}',
    '["\u00e9\u20ac", tru]',
    "[" * 10 + "]" * 9,
)
for s in bad:
    try:
        json.loads(s)
        print("accepted", repr(s))
    except json.JSONDecodeError as e:
        print(isinstance(e, ValueError), e)
        print("  ", e.msg, e.pos, e.lineno, e.colno, e.doc == s)

# Invalid UTF-8 in bytes.
for b in (b'"\xff"', b'"\xc3"', b"[1, \xe9]"):
    try:
        json.loads(b)
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError))

# Documents of other types.
for doc in (1, None, 1.5, ["[]"], memoryview(b"1")):
    try:
        json.loads(doc)
    except TypeError as e:
        print("TypeError", e)

# Objects JSON cannot hold.
for obj in (b"abc", bytearray(b"x"), {1, 2}, 1j, range(3), object(), len, json, [1, {"a": b"x"}]):
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError", e)


class Thing:
    pass


try:
    json.dumps({"t": Thing()})
except TypeError as e:
    print("TypeError", e)

# Keys JSON cannot hold.
for key in ((1, 2), b"a", frozenset()):
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print("TypeError", e)

# Containers holding themselves.
a = [1]
a.append(a)
d = {"x": 1}
d["self"] = [d]
for obj in (a, d, [[a]]):
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)

# Bad arguments.
for call in (
    lambda: json.dumps([1], separators=(",",)),
    lambda: json.dumps([1], separators=(",", ":", ";")),
    lambda: json.dumps([1], separators=1),
    lambda: json.dumps([1], separators=(1, 2)),
    lambda: json.dumps([1], (",", ":")),
    lambda: json.dumps([1], spam=1),
    lambda: json.dumps(),
    lambda: json.loads(),
    lambda: json.loads("1", "2"),
    lambda: json.load(),
    lambda: json.dump([1]),
):
    try:
        call()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
