# String method edge cases: negative maxsplit, empty separators, out-of-range starts, padding
s = "a,b,,c,"
print(s.split(","), s.split(",", -1), s.split(",", 2), s.rsplit(",", 2), s.rsplit(",", 0))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a b".split(" ", -5))
print("abc".strip(""), "xxaxx".strip("xa"), "abc".lstrip("cba"), "".strip("x"))
print("aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "|"))
print("hello".find("l", -2), "hello".find("l", 10), "hello".find("", 5), "hello".find("", 6), "hello".rfind("l", -5, -2))
print("hello".count("l", -3), "hello".count("", 2), "hello".startswith("lo", -2), "hello".endswith("he", 0, 2))
print("ab".center(5), "|" + "ab".center(6, "-") + "|", "abc".center(6, "*"), "abc".center(2))
print("+12".zfill(6), "-".zfill(3), "abc".zfill(5), "".zfill(2), "12".rjust(1), "12".ljust(4, "0"))
print("a\tb".split("\t"), "a\x0bb\x0cc".split(), "\u00a0x\u00a0".strip() == "x")
print("HeLLo WoRLD 123".lower().upper(), "STRASSE".lower())
print("%s" % "", "x".join(""), "".join(["", ""]) == "", "abc"[10:20] == "")
