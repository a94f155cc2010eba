# type(name, bases, namespace) builds a class at run time: methods and
# attributes come from a copy of the namespace, bases work as in a class
# statement, and bad arguments are TypeErrors.


def greet(self):
    return "hello from " + type(self).__name__


ns = {"x": 10, "greet": greet}
Point = type("Point", (), ns)
p = Point()
print(Point.__name__, p.x, p.greet())
ns["y"] = 1
print(hasattr(Point, "y"))


class Base:
    def who(self):
        return "base"


Child = type("Child", (Base,), {"extra": lambda self: self.who() + "+child"})
c = Child()
print(c.who(), c.extra(), isinstance(c, Base), issubclass(Child, Base))
print(sorted(k for k in Child.__dict__ if not k.startswith("_")))
print(type(c) is Child, type(Child) is type)

for bad in (("A", (), []), ("A", [], {}), (1, (), {})):
    try:
        type(*bad)
    except TypeError:
        print("TypeError")
try:
    type("A", ())
except TypeError:
    print("TypeError")
