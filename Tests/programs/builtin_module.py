# `import builtins`: the module of the names every program sees without
# importing; getattr on it finds the same objects, dir() lists them.
import builtins
import sys

print(builtins.__name__, "builtins" in sys.modules, sys.modules["builtins"] is builtins)
print(builtins.len is len, builtins.print is print, builtins.list is list, builtins.ValueError is ValueError)
print(getattr(builtins, "len")("abc"), getattr(builtins, "sorted")([3, 1, 2]))
names = dir(builtins)
print(names == sorted(names))
for n in ["abs", "dir", "getattr", "isinstance", "len", "print", "range", "int", "str", "KeyError", "Exception"]:
    print(n, n in names, callable(getattr(builtins, n)))
print(hasattr(builtins, "no_such_builtin"))
try:
    builtins.no_such_builtin
except AttributeError as ex:
    print(type(ex).__name__)
callables = [n for n in names if not n.startswith("_") and callable(getattr(builtins, n))]
print(len(callables) > 40)
# Replacing a builtin is seen by bare names everywhere.
saved = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = saved
print(abs(-1))
