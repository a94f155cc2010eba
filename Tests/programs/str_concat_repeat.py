# String concatenation and repetition
a = "foo"
b = "bar"
print(a + b, a + " " + b, b + a + b)
print(a * 3, 3 * b, a * 0, a * -1, "" * 100)
print(len(a * 50), (a + b) * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
s = "x"
for i in range(4):
    s = s + s
print(s, len(s))
print("-" * 20)
print("ab" "cd", 'single' + "double")
words = ["a", "bb", "ccc"]
out = ""
for w in words:
    out += w * len(w)
print(out)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * "b"
except TypeError:
    print("TypeError")
