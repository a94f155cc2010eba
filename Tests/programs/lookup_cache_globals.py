# Global, builtin and module-attribute lookups are cached per code object
# and name in the interpreter (and per site in native code): every
# rebinding, deletion, shadowing and growth of the globals must be seen at
# once, at module level (LOAD_NAME / STORE_NAME) and in functions
# (LOAD_GLOBAL / STORE_GLOBAL).
import sys
import mod_helper_cache

counter = 1


def read():
    return counter


def bump():
    global counter
    counter += 1
    return counter


print("read", read(), read())
counter = 2
print("rebound at module level", read())
for i in range(3):
    counter = i * 10
    print("loop", read(), bump(), read())

# Deleted: NameError in a function and at module level, then back.
del counter
try:
    read()
except NameError as e:
    print("NameError in function:", e)
try:
    print(counter)
except NameError as e:
    print("NameError at module level:", e)
try:
    bump()
except NameError as e:
    print("NameError in bump:", e)
counter = "back"
print("restored", read())


# A global set through globals() with a key that is not the interned name.
def set_by_dict(v):
    globals()["coun" + "ter"] = v


set_by_dict(77)
print("globals() store", read(), counter)
counter = 78
print("then rebound", read())


# Shadowing a builtin, then deleting the shadow.
def length(x):
    return len(x)


print("builtin", length("abc"), length("abcd"))
len = lambda x: -1
print("shadowed", length("abc"))
del len
print("shadow deleted", length("abc"))
globals()["l" + "en"] = lambda x: -2
print("shadowed via globals()", length("abc"))
del globals()["len"]
print("deleted via globals()", length("abc"))


# A builtin rebound in the builtins module itself.
import builtins


def call_abs(x):
    return abs(x)


print("abs", call_abs(-3))
orig_abs = builtins.abs
builtins.abs = lambda x: "patched"
print("builtins.abs patched", call_abs(-3))
builtins.abs = orig_abs
print("builtins.abs restored", call_abs(-3))


# The globals grow (their entries move) while a cached site keeps reading.
def many(n):
    out = []
    for k in range(n):
        globals()["extra_%d" % k] = k
        out.append(read())
    return out


print("growth", many(40)[-3:], extra_39)
for k in range(40):
    del globals()["extra_%d" % k]
print("shrunk", read())


# Module level loop: LOAD_NAME and STORE_NAME of the same names.
total = 0
for j in range(5):
    total = total + j
    if j == 2:
        del total
        total = 100
print("module loop", total, j)


# A class body reads its own namespace first, then the globals.
shade = "global shade"


class Shady:
    before = shade
    shade = "class shade"
    after = shade

    def method(self):
        return shade


print("class body", Shady.before, Shady.after, Shady().method())


# One name used as a global and as an attribute in one function.
class Box:
    pass


value = "global value"


def mixed(b):
    out = []
    for _ in range(3):
        out.append((value, b.value))
    return out


bx = Box()
bx.value = "attr value"
print("mixed", mixed(bx))
value = "global value 2"
bx.value = "attr value 2"
print("mixed again", mixed(bx))


# Module attributes, rebound from inside the module and from outside.
def helper_level():
    return mod_helper_cache.level


print("module attr", helper_level(), mod_helper_cache.get_level())
mod_helper_cache.set_level(2)
print("set inside", helper_level(), mod_helper_cache.get_level())
mod_helper_cache.level = 3
print("set outside", helper_level(), mod_helper_cache.get_level())
mod_helper_cache.drop_level()
try:
    helper_level()
except AttributeError:
    print("module attr deleted: AttributeError")
try:
    mod_helper_cache.get_level()
except NameError:
    print("module global deleted: NameError")
mod_helper_cache.level = 4
print("module attr back", helper_level(), mod_helper_cache.get_level(), mod_helper_cache.describe())
for k in range(20):
    setattr(mod_helper_cache, "x%d" % k, k)
print("module grew", helper_level(), mod_helper_cache.x19, mod_helper_cache.describe())

# The same module imported again after leaving sys.modules: its code runs
# again with new globals.
first = mod_helper_cache
del sys.modules["mod_helper_cache"]
import mod_helper_cache

print("reimported", mod_helper_cache is first, mod_helper_cache.get_level(), first.get_level())
mod_helper_cache.set_level(50)
print("two instances", mod_helper_cache.get_level(), first.get_level(), helper_level())


# Generators read globals across their suspensions.
def watch():
    while True:
        yield counter


w = watch()
print("generator", next(w))
counter = "changed"
print("generator", next(w))
del counter
try:
    next(w)
except NameError:
    print("generator NameError")
