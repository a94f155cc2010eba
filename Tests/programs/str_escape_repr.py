# repr of strings with quotes and escapes
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
        "\r\x00\x7f", "", "\x1b[0m", "caf\u00e9", "\u2603"]
for v in vals:
    print(repr(v), len(v))
print(vals[:3])
print("a\tb")
print("col1\tcol2\nrow\tval")
print("\x41\x42\u0043", "\101\102")
print(r"raw\nstring", len(r"\n"))
print('''triple
quoted''', """also
this""")
print("line \
continued")
