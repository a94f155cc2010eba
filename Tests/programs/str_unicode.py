# Non-ASCII strings: length, indexing, slicing, methods count code points
s = "h\u00e9llo w\u00f6rld \u20ac5"
print(s, len(s), s[1], s[-2], s[7:12])
print(s.upper(), s.find("\u20ac"), s.count("l"))
print(s[::-1])
print("\u00fcber".startswith("\u00fc"), "na\u00efve".replace("\u00ef", "i"))
print([c for c in "a\u00e9b"], list(map(ord, "\u00e9\u20ac")))
snow = "\u2603\u2603"
print(snow * 2, len(snow * 2))
print("caf\u00e9" < "cafe", "caf\u00e9" > "cafz")
print("-".join(["\u00e0", "\u00e8"]), "\u00c0\u00c8".lower())
print("\U0001F600" != "", len("\U0001F600x"))
