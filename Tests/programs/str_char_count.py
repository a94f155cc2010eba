# str objects know their character count: static strings from the compiler,
# heap strings counted once. ASCII strings are indexed and sliced by byte
# offset, others walk from the nearer end; one-character ASCII results are
# preallocated static strings. Equality and hashing must not depend on
# which kind of object holds the text.

ascii = "hello, world"
mixed = "héllo wörld ☃ 𝄞 end"
cjk = "日本語のテキスト"
heap_ascii = "".join(["hel", "lo, ", "world"])
heap_mixed = "hé" + "llo wörld ☃ 𝄞 end"

# len: static, heap (counted lazily), concatenated, repeated, sliced
print(len(ascii), len(mixed), len(cjk), len(heap_ascii), len(heap_mixed), len(""))
print(len(mixed + ascii), len(mixed * 3), len(cjk * 0), len(mixed[3:]), len(heap_mixed[::-2]))
print(len(str(12345)), len("%s|%s" % (mixed, cjk)), len("{}{}".format(cjk, ascii)), len(chr(0x1F600)))

# indexing every position, both signs
for s in (ascii, mixed, cjk, heap_mixed):
    n = len(s)
    print("".join([s[i] for i in range(n)]) == s, "".join([s[i] for i in range(-n, 0)]) == s)
    print(s[0], s[-1], s[n // 2], s[-(n // 2)])
for s, i in ((ascii, 12), (mixed, 19), (cjk, -9), ("", 0)):
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)

# slices: steps, negatives, out of range, empty, whole
for s in (ascii, mixed, cjk, heap_mixed):
    print(s[2:7], s[-5:-1], s[::2], s[1::3], s[::-1], s[-2::-3], s[5:2], s[100:], s[-100:3], s[:])
    print(s[3:4], s[-1:], s[::len(s)], s[len(s) - 1::-100])

# iteration, reversed, enumerate, sets, sorted
print(list(mixed))
print(list(reversed(cjk)), sorted(set(ascii)))
print([(i, c) for i, c in enumerate(cjk) if i % 3 == 0])

# one-character results equal literals and hash the same, as dict keys
d = {"h": 1, "é": 2, "☃": 3, "𝄞": 4, "hello": 5, "": 6}
print(d[ascii[0]], d[mixed[1]], d[mixed[12]], d[mixed[14]], d[heap_ascii[:5]], d[ascii[3:3]])
print(d[chr(104)], d[chr(0xE9)], ascii[0] in d, mixed[1] in d, mixed[2] in d)
for a, b in ((ascii[0], "h"), (mixed[1], "é"), (heap_mixed[1], "é"), (cjk[1:3], "本語"), (heap_ascii, ascii), (mixed, heap_mixed)):
    print(a == b, hash(a) == hash(b), a != b, a < b, a <= b)
print(ascii[4] == heap_ascii[4], hash(ascii[4:6]) == hash(heap_ascii[4:6]), {ascii[7]: 1} == {"w": 1})
print(sorted([mixed[1], ascii[0], cjk[0], "a", "z", ""]))

# joins, concatenation, repetition, formatting of sliced and indexed text
print("".join(cjk[i] for i in range(0, 8, 2)), "-".join(mixed[:5]), "é".join([ascii[:2], cjk[:2]]))
print(ascii[0] + mixed[1] + cjk[2], (mixed[1] * 4)[1:3], (ascii[:3] * 2)[::-1])
print("%s|%3s|%-3s|" % (mixed[1], cjk[0], ascii[0]), "{:>4}|{:^5}|".format(mixed[12], ascii[1]), f"{cjk[2]!r}")

# search and predicates give character positions
print(mixed.find("ö"), mixed.find("☃", 10), mixed.rfind("l"), mixed.index("end"), cjk.find("テ"), cjk.rfind("ト"))
print(mixed.count("l"), mixed.count("", 3), ascii.count("l", 4), cjk.find("", 8), cjk.find("", 9))
print(mixed.startswith("hé"), mixed.startswith("ö", 7), mixed.endswith("☃", 0, 13), ascii.startswith("world", 7))
print("ö" in mixed, "ö" in ascii, "" in cjk, cjk[2] in cjk, mixed.center(23, "★"), cjk.rjust(10, "*"))
print(ord(mixed[1]), ord(ascii[1]), ord(cjk[-1]), [chr(c) for c in (65, 0xE9, 0x65E5, 0x1D11E)])
print(mixed.upper()[1], cjk.split("の"), mixed.split()[1][1], mixed.replace("ö", "o")[7])
