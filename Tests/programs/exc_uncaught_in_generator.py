# Ends with an uncaught exception raised while a for loop consumes a generator
def readings():
    yield 10
    yield 20
    yield 30
    raise OSError("sensor disconnected")
total = 0
for r in readings():
    total += r
    print("reading", r, "total", total)
print("not reached")
