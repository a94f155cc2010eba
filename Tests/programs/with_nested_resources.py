# Nested with blocks managing a stack of resources
log = []
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("open " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append("close " + self.name + (" after " + t.__name__ if t else ""))
with Res("db"):
    with Res("cursor") as c:
        log.append("use " + c.name)
print(log)
log.clear()
try:
    with Res("a"), Res("b"):
        raise ValueError
except ValueError:
    log.append("handled")
print(log)
log.clear()
def work(n):
    with Res("r%d" % n):
        if n > 0:
            work(n - 1)
work(2)
print(log)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *a):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
