# getattr/setattr/hasattr/delattr on modules, builtins, classes
import micropython
class Cfg:
    name = "default"
c = Cfg()
print(getattr(c, "name"), getattr(Cfg, "name"), hasattr(c, "name"), hasattr(c, "other"))
setattr(c, "name", "custom")
print(c.name, Cfg.name)
delattr(c, "name")
print(c.name)
print(hasattr(micropython, "const"), callable(getattr(micropython, "const")))
print(getattr([], "append") is not None, hasattr("", "split"), hasattr(1, "real"))
method = getattr("a-b-c", "split")
print(method("-"))
fields = {"x": 1, "y": 2}
obj = Cfg()
for k, v in fields.items():
    setattr(obj, k, v)
print(obj.x, obj.y, [getattr(obj, k) for k in sorted(fields)])
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError")
try:
    delattr(obj, "nope")
except AttributeError:
    print("AttributeError del")
print(getattr(obj, "nope", None))
