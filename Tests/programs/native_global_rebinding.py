# Global lookups in native code stay right when a global is rebound,
# deleted, shadows a builtin, or the builtin comes back (the lookups are
# cached per site in native code; the cache must never serve a stale value).
import micropython

counter = 1

@micropython.native
def read():
    return counter

@micropython.native
def uses_len(x):
    return len(x)

def my_len(x):
    return 42

print(read())
counter = 2
print(read())
for i in range(3):
    counter = i * 10
    print(read(), end=" ")
print()
del counter
try:
    read()
except NameError:
    print("NameError after del")
counter = "back"
print(read())

print(uses_len("abc"))
len = my_len
print(uses_len("abc"))
del len
print(uses_len("abc"))

@micropython.native
def fill(n):
    global made
    for k in range(n):
        globals()["g%d" % k] = k
    made = n
    return made

print(fill(20), read())
