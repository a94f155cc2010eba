# upper, lower, and character-class predicates
s = "Hello World 123"
print(s.upper(), s.lower())
print("abc".upper(), "ABC".lower(), "".upper(), "123".upper())
for t in ["abc", "ABC", "Abc", "123", "a1", "", " ", "\t\n", "abc def", "12.5"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isspace(), t.isupper(), t.islower(), t.isalnum())
print("mIxEd".upper().lower())
print([c.upper() for c in "abc"])
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
print("Already UPPER".upper() == "ALREADY UPPER", "x".lower() is not None)
