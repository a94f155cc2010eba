# A hand-written JSON encoder and recursive-descent parser: character
# indexing, slicing, str methods and joins, dicts and lists built and walked
# recursively, isinstance dispatch.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of rounds (default 100; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ",".join([encode(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ",".join([encode(k) + ":" + encode(v[k]) for k in v]) + "}"
    raise TypeError("cannot encode")


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def skip(self):
        s = self.s
        i = self.i
        while i < len(s) and s[i] in " \n\t":
            i += 1
        self.i = i

    def value(self):
        self.skip()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "n":
            self.i += 4
            return None
        if c == "t":
            self.i += 4
            return True
        if c == "f":
            self.i += 5
            return False
        return self.number()

    def number(self):
        s = self.s
        j = self.i
        if s[j] == "-":
            j += 1
        while j < len(s) and s[j].isdigit():
            j += 1
        v = int(s[self.i:j])
        self.i = j
        return v

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        start = i
        while s[i] != '"':
            if s[i] == "\\":
                out.append(s[start:i])
                out.append(s[i + 1])
                i += 2
                start = i
            else:
                i += 1
        out.append(s[start:i])
        self.i = i + 1
        return "".join(out)

    def arr(self):
        self.i += 1
        items = []
        self.skip()
        if self.s[self.i] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return items
            if c != ",":
                raise ValueError("expected , or ] at %d" % self.i)

    def obj(self):
        self.i += 1
        d = {}
        self.skip()
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            self.skip()
            k = self.string()
            self.skip()
            if self.s[self.i] != ":":
                raise ValueError("expected : at %d" % self.i)
            self.i += 1
            d[k] = self.value()
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d
            if c != ",":
                raise ValueError("expected , or } at %d" % self.i)


def make_doc(seed, depth):
    items = []
    for i in range(6):
        seed = (seed * 1103515245 + 12345) % 2147483648
        kind = seed % 5
        if kind == 0 and depth > 0:
            items.append(make_doc(seed, depth - 1))
        elif kind == 1:
            items.append("s%d \"q\" \\ %d" % (seed % 1000, i))
        elif kind == 2:
            items.append(seed % 100000 - 50000)
        elif kind == 3:
            items.append([seed % 7 == 0, None, seed % 3])
        else:
            items.append({"id": seed % 997, "tag": "t" + str(i)})
    return {"depth": depth, "seed": seed, "items": items}


def walk(v):
    if isinstance(v, dict):
        return 1 + sum(walk(v[k]) for k in v)
    if isinstance(v, list):
        return 1 + sum(walk(x) for x in v)
    if isinstance(v, int) and not isinstance(v, bool):
        return v % 1000
    if isinstance(v, str):
        return len(v)
    return 1


def run(rounds):
    total = 0
    length = 0
    for r in range(rounds):
        doc = make_doc(r, 4)
        text = encode(doc)
        back = Parser(text).value()
        if back != doc:
            raise ValueError("round trip failed")
        length += len(text)
        total += walk(back)
    return length, total


print("json", run(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
