# with statement: __enter__/__exit__ order and the as-target
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with Ctx("a") as v:
    print("body", v)
with Ctx("b"):
    print("no target")
with Ctx("x") as x, Ctx("y") as y:
    print("both", x, y)
def use():
    with Ctx("ret") as r:
        return "returned " + r
print(use())
for i in range(3):
    with Ctx("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("released")
with Resource() as r:
    print(type(r).__name__)
