# printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%d items" % 5, "%i" % -3)
print("%5s|%-5s|" % ("ab", "cd"))
print("%r %s" % ("q", "q"))
print("%c%c" % (72, "i"))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%03d %+d %+d % d" % (7, 5, -5, 5))
print("%.3s|" % "abcdef")
print("100%%")
print("%s" % [1, 2], "%s" % (1,), "%s" % None)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|" % (6, 42))
print("%-6d|%6.2f|" % (42, 2.5))
try:
    print("%d %d" % (1,))
except TypeError:
    print("TypeError")
try:
    print("%d" % (1, 2))
except TypeError:
    print("TypeError")
