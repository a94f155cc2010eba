# dir(obj) calls the class's __dir__ and returns its result as a sorted
# list; dir(Class) itself does not call it.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


class Child(Custom):
    extra = 1


class TupleDir:
    def __dir__(self):
        return ("b", "a")


print(dir(Custom()))
print(dir(Child()))
print(dir(TupleDir()))
print("zeta" in dir(Custom), "extra" in dir(Child))


class Plain:
    def method(self):
        pass


p = Plain()
p.field = 2
print([n for n in dir(p) if not n.startswith("__")])


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError:
    print("TypeError")
