# %-formatting edge cases
print("%c|%c|%5c|%-3c|" % (65, "z", "x", 97))
print("%r|%-12r|%.3r" % ([1, "a"], "s", "abcdef"))
print("%5.1s|%-6.2s|%.0s|" % ("abc", "xyz", "gone"))
print("%i %d %i" % (3, -2, 2 ** 70))
print("%d" % 3.99, "%d" % -3.99, "%x" % 255, "%o" % -8, "%X" % 2 ** 70)
print("%e" % 0, "%f" % 1, "%g" % 10 ** 20, "%.3g" % 2 ** 70)
print("%s %s" % ("only", ["list"]), "%s" % (("tuple",),))
print("%% %s %%" % "mid", "100%%" % ())
print("%-+6d|%+-6d|% 05d|%#o|%#X" % (5, 5, 5, 8, 255))
print("%(x)s %(y)r %(x)5s" % {"x": 1, "y": "q"})
print("%s" % True, "%d" % True, "%.2f" % True)
try:
    "%d" % "x"
except TypeError:
    print("TypeError %d str")
try:
    "%(k)s" % {"j": 1}
except KeyError:
    print("KeyError mapping")
try:
    "%z" % 1
except ValueError:
    print("ValueError bad conversion")
