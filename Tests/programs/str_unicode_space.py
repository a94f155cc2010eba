# Unicode whitespace in split(), strip() and isspace(); strip sets of non-ASCII code points
ws = "\u00a0\u2003\u3000\x1c\x85\u2028 \t"
s = ws + "a\u00a0b\u2009c d" + ws
print(s.split() == ["a", "b", "c", "d"], s.rsplit(None, 1)[-1] == "d", len(s.split(None, 1)[1]))
print(s.strip() == "a\u00a0b\u2009c d", s.lstrip().startswith("a"), s.rstrip().endswith("d"))
print(ws.isspace(), "\u00a0".isspace(), "\u200b".isspace(), "".isspace(), "a ".isspace(), "\u00e9".isspace())
print("\u00e9\u00e8x\u00e8\u00e9".strip("\u00e9"), "\u00e9\u00e8x\u00e8\u00e9".strip("\u00e8\u00e9"), "\u00e8\u00e8a".lstrip("\u00e9"))
print("\u00e9a\u00e9".rstrip("\u00e9a"), "\u20ac5\u20ac".strip("\u20ac"), "\u4e2d\u6587 \u4e2d".split(), "x\u00a0".split("\u00a0"))
print(["\u00e9 \u00e8".split()[1]], "a\u3000b".rsplit())
