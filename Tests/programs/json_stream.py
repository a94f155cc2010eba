# json.dump and json.load over streams: io.StringIO, io.BytesIO and user
# classes with write(str) / read() methods.
import io
import json

doc = {"name": "sensor", "values": [1, 2.5, None, True], "nested": {"a": [], "b": {}}, "t\u00e9xt": "\u20ac"}

f = io.StringIO()
print(json.dump(doc, f))
print(f.getvalue())
f.seek(0)
print(json.load(f) == doc)

f = io.StringIO()
json.dump([1, {"a": 2}], f, separators=(",", ":"))
json.dump("more", f)
print(f.getvalue())

print(json.load(io.StringIO('  {"x": [1, 2, 3]}\n')))
print(json.load(io.BytesIO(b'{"bytes": "\xc3\xa9"}')) == {"bytes": "\u00e9"})
print(json.load(io.BytesIO(b"\xef\xbb\xbf[true]")))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = 0

    def read(self, size=-1):
        self.calls += 1
        d, self.data = self.data, self.data[:0]
        return d


w = Writer()
json.dump(doc, w)
print(all(isinstance(p, str) for p in w.parts))
text = "".join(w.parts)
print(text == json.dumps(doc))
print(json.load(Reader(text)) == doc)
print(json.load(Reader(text.encode())) == doc)

# A long document written and read back in pieces.
big = [{"id": i, "tag": "t%d" % i, "ok": i % 3 == 0, "v": i / 8} for i in range(300)]
w = Writer()
json.dump(big, w, separators=(",", ":"))
text = "".join(w.parts)
print(len(text), text == json.dumps(big, separators=(",", ":")))
r = Reader(text)
print(json.load(r) == big)

f = io.StringIO()
json.dump(big, f)
f.seek(0)
print(json.load(f) == big)

# Errors from the stream and from the document.
class Broken:
    def write(self, s):
        raise OSError(5)

    def read(self, size=-1):
        raise OSError(5)


for call in (lambda: json.dump([1], Broken()), lambda: json.load(Broken())):
    try:
        call()
    except OSError as e:
        print("OSError", e.args)

for call in (lambda: json.dump([1], 42), lambda: json.load(42)):
    try:
        call()
    except AttributeError:
        print("AttributeError")

try:
    json.load(io.StringIO('{"a": 1'))
except ValueError as e:
    print(type(e).__name__, e)

try:
    json.load(Reader(None))
except TypeError as e:
    print("TypeError")

f = io.StringIO()
try:
    json.dump({"ok": 1, "bad": b"x"}, f)
except TypeError as e:
    print("TypeError", e)
