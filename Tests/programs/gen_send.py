# Generator send(), priming, running averages
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
def accum():
    total = 0
    while True:
        total += yield total
g = accum()
g.send(None)
for i in range(1, 5):
    print(g.send(i), end=" ")
print()
try:
    fresh = accum()
    fresh.send(1)
except TypeError:
    print("TypeError")
