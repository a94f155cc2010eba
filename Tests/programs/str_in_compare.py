# Membership tests and comparisons of strings
s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "q" in s, "Q" not in s)
print("a" < "b", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("abc" == "abc", "abc" != "abd", "abc" == "ABC")
print("apple" > "Apple", "10" < "9", "aaa" <= "aaa", "b" >= "abc")
words = ["pear", "Apple", "banana", "apple", "Banana", "cherry"]
print(sorted(words))
print(max(words), min(words))
print("x" * 3 == "xxx", "ab" * 2 in "cababd")
a = "hello"
b = "hel" + "lo"
print(a == b, a is not None)
print(1 == "1", "1" != 1)
try:
    "a" < 1
except TypeError:
    print("TypeError")
