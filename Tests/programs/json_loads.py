# json.loads: every JSON type, numbers, escapes, whitespace, bytes input.
import json


def show(o):
    # Dicts keep insertion order; strings as code points where they may
    # hold characters whose repr differs between implementations.
    if isinstance(o, str) and any(ord(c) > 126 for c in o):
        return "str:" + " ".join("%x" % ord(c) for c in o)
    if isinstance(o, list):
        return "[" + ", ".join(show(x) for x in o) + "]"
    if isinstance(o, dict):
        return "{" + ", ".join(show(k) + ": " + show(v) for k, v in o.items()) + "}"
    return repr(o)


for s in (
    "null",
    "false",
    "true",
    "1",
    "-2",
    "-0",
    "0",
    '"abc\\u0064e"',
    "[]",
    "[null]",
    "[null,false,true]",
    " [ null , false , true ] ",
    "{}",
    '{"a":true}',
    '{"a":null, "b":false, "c":true}',
    '{"a":[], "b":[1], "c":{"3":4}}',
    '{"b": 1, "a": 2, "b": 3}',
    '{\n\t"a":[]\r\n, "b":[1], "c":{"3":4}     \n\r\t\r\r\r\n}',
    '[1,[2,[3,[4,{"x":[5]}]]]]',
):
    print(show(json.loads(s)))

# Numbers: ints of any size, floats correctly rounded.
for s in (
    "12345678901234567890123",
    "-12345678901234567890123",
    "999999999999999999",
    "-999999999999999999",
    "1000000000000000000",
    "9223372036854775808",
    "1073741824",
    "-1073741825",
    "0.5",
    "-0.0",
    "1e5",
    "1E5",
    "1e-5",
    "1.5e+3",
    "0e0",
    "0.0e+0",
    "1.0E-2",
    "123.456e-7",
    "0.1",
    "2.2250738585072014e-308",
    "1.7976931348623157e308",
    "1e400",
    "-1e400",
    "1e-400",
    "3.141592653589793238462643383279",
    "NaN",
    "Infinity",
    "-Infinity",
):
    v = json.loads(s)
    print(s, type(v).__name__, v)

# String escapes, both kinds of \u, surrogate pairs and lone surrogates.
for s in (
    '"abc\\bdef"',
    '"abc\\fdef"',
    '"abc\\ndef"',
    '"abc\\rdef"',
    '"abc\\tdef"',
    '"\\"\\\\\\/"',
    '"\\u0041\\u00e9\\u20AC\\uabcd"',
    '"\\ud83d\\ude00"',
    '"\\uD83D\\uDE00!"',
    '"\\udbff\\udfff"',
    '"\\ud83d"',
    '"\\ude00"',
    '"\\ud83dx"',
    '"\\ud83d\\u0041"',
    '"\\ude00\\ud83d"',
    '"caf\u00e9 \u20ac \U0001F600"',
    '"\u007f"',
    '""',
):
    print(show(json.loads(s)))

# bytes and bytearray are UTF-8, with or without a byte order mark.
print(show(json.loads(b"[1, 2]")))
print(show(json.loads(bytearray(b'{"a": 2}'))))
print(show(json.loads(b'"\xc3\xa9"')))
print(show(json.loads(b'\xef\xbb\xbf{"bom": true}')))
print(show(json.loads("\t\n\r [1]\n")))


# Subclasses of str and bytes are documents too.
class S(str):
    pass


print(show(json.loads(S('{"s": [1]}'))))

# Results are fresh mutable objects.
a = json.loads('{"x": [1]}')
a["x"].append(2)
a["y"] = 3
print(a, json.loads('{"x": [1]}'))
print(json.loads("[1.0, 1]") == [1, 1], type(json.loads("1.0")).__name__)
