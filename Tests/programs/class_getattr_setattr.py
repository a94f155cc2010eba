# getattr/setattr/hasattr/delattr on instances and classes, __getattr__ fallback
class Obj:
    cls_attr = 1
o = Obj()
setattr(o, "a", 10)
print(o.a, getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), hasattr(o, "b"))
print(getattr(o, "cls_attr"), hasattr(Obj, "a"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "zzz")
except AttributeError:
    print("AttributeError")
try:
    o.missing
except AttributeError:
    print("AttributeError dot")
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in "xyz"])
class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name
d = Dyn()
d.real = 5
print(d.real, d.foo, getattr(d, "bar"))
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1))
setattr(Obj, "new_cls", 7)
print(Obj.new_cls, o.new_cls)
