# Iterating strings and misc methods: count, center, ljust, rjust, zfill, partition
s = "abcde"
for ch in s:
    print(ch, end="")
print()
print(list(s), tuple(s), [c * 2 for c in s])
print(list(enumerate("xy")))
print("ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(6))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("a-b-c".split("-", 1), "Mississippi".count("ss"), "Mississippi".count("i"))
vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print(vowels)
print(sorted("hello"), "".join(sorted("hello")))
print("x".join("abc"), max("hello"), min("hello"))
it = iter("hi")
print(next(it), next(it))
