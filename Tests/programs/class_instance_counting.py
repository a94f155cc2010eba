# Class-level counters, registries and per-instance ids
class Widget:
    count = 0
    registry = {}
    def __init__(self, name):
        Widget.count += 1
        self.ident = Widget.count
        self.name = name
        Widget.registry[name] = self
    @classmethod
    def get(cls, name):
        return cls.registry.get(name)
    def __repr__(self):
        return "Widget(%s#%d)" % (self.name, self.ident)
for n in ["ok", "cancel", "help"]:
    Widget(n)
print(Widget.count, Widget.registry)
print(Widget.get("cancel"), Widget.get("missing"))
class Sub(Widget):
    pass
s = Sub("sub")
print(Widget.count, Sub.count, s, Sub.get("ok"))
Sub.count = 100
print(Widget.count, Sub.count)
print(sorted(Widget.registry))
