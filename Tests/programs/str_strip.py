# strip, lstrip, rstrip with and without arguments
s = "   hello world \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), repr("a".strip()))
print("123abc321".strip("123"), "  x  ".strip(" "))
print("\n\tword\r\n".strip() == "word")
lines = ["  a  ", "b   ", "   c"]
print([l.strip() for l in lines])
print("--==x==--".strip("-="), "--==x==--".lstrip("-"), "--==x==--".rstrip("-"))
print("  multiple   spaces  ".strip().split("  "))
