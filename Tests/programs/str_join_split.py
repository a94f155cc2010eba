# str.join and str.split
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), " ".join("abc"))
print("+".join(str(i) for i in range(5)))
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(), "".split(), "".split(","))
print("a::b::c".split("::"), "abc".split("x"))
print("1 2 3 4".split(" ", 2), "a,b,c,d".split(",", 1), "a,b,c".split(",", 0))
print("a\tb\nc  d".split())
print("a,b,c".rsplit(",", 1), "a b c".rsplit(None, 1), "a b c".rsplit())
print("line1\nline2\n\nline4".split("\n"))
words = "the quick brown fox".split()
print(len(words), words[::-1], " ".join(reversed(words)))
print("-".join(w.upper() for w in words))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
try:
    "a".split("")
except ValueError:
    print("ValueError")
