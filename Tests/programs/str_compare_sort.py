# String ordering is by code point: case, digits, prefixes, unicode
words = ["b", "B", "a", "A", "aa", "", "_", "1", "10", "9", "\u00e9", "z", "Z~"]
s = sorted(words)
print(s)
print(sorted(words, reverse=True)[:4])
print(sorted(words, key=len)[:5])
print("abc" < "abd" < "abda", "A" < "a", "Z" < "a", "" < " ")
print(max(words), min(words))
pairs = [("b", 2), ("a", 2), ("a", 1)]
print(sorted(pairs))
names = ["Bob", "alice", "Carol", "dave"]
names.sort()
print(names)
names.sort(key=str.lower)
print(names)
print("apple" < "apples", "apple" > "app", "Apple" == "apple".capitalize())
