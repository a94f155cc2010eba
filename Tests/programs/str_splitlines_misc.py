# splitlines, expandtabs-free helpers, string building with join on lists
text = "first line\nsecond line\r\nthird\n\nfifth"
lines = text.splitlines()
print(lines, len(lines))
print("a\nb\n".splitlines(), "".splitlines(), "no newline".splitlines())
print("x\ny".splitlines(True))
numbered = []
for i, line in enumerate(lines):
    numbered.append("%d: %s" % (i + 1, line))
print("\n".join(numbered))
widths = []
for line in lines:
    widths.append(len(line))
print(widths, max(widths))
table = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
for row in table:
    print(row[0].ljust(8) + row[1].rjust(4))
