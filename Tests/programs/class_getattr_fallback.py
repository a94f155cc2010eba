# __getattr__ runs only when normal lookup fails: instance dict, class attributes, properties, methods come first
class Proxy:
    kind = "proxy"
    def __init__(self, target):
        self.target = target
        self.misses = []
    @property
    def size(self):
        return len(self.target)
    def own(self):
        return "own"
    def __getattr__(self, name):
        self.misses.append(name)
        if name.startswith("no_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print(p.kind, p.size, p.own(), p.target)
print(p.count(1), p.index(2), p.misses)
print(hasattr(p, "no_such"), getattr(p, "no_x", "dflt"), p.misses)
p.extra = 5
print(p.extra, p.misses)
class Base:
    def __getattr__(self, name):
        return "base:" + name
class Child(Base):
    present = 1
print(Child().present, Child().absent)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "events", [])
    def __setattr__(self, name, value):
        self.events.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.events.append(("del", name))
        super().__delattr__(name)
r = Recorder()
r.x = 1
setattr(r, "y", 2)
del r.x
print(r.events, r.y, hasattr(r, "x"))
try:
    del r.zz
except AttributeError:
    print("AttributeError", r.events[-1])
