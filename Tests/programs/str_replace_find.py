# replace, find, rfind, index, rindex, count
s = "banana bandana"
print(s.replace("an", "AN"), s.replace("an", "", 1), s.replace("x", "y"), s.replace("a", "a"))
print(s.replace("", "-")[:10], "aaa".replace("a", "bb"), "abc".replace("abc", ""))
print(s.find("an"), s.find("an", 2), s.find("an", 2, 4), s.find("zz"), s.find(""), s.find("a", -3))
print(s.rfind("an"), s.rfind("an", 0, 5), s.rfind("zz"))
print(s.index("ban"), s.index("ban", 1), s.rindex("a"))
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("a", 5))
try:
    s.index("zz")
except ValueError:
    print("ValueError index")
try:
    s.rindex("zz")
except ValueError:
    print("ValueError rindex")
text = "one two one three one"
pos = text.find("one")
found = []
while pos != -1:
    found.append(pos)
    pos = text.find("one", pos + 1)
print(found)
