# Generators run lazily and interleave with the consumer
log = []
def producer():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
    log.append("producer done")
for v in producer():
    log.append("consume %d" % v)
print("\n".join(log))
def gen_with_state():
    x = yield "first"
    while x is not None:
        x = yield "got %s" % x
    yield "end"
g = gen_with_state()
print(next(g), g.send(1), g.send("two"), g.send(None))
g1 = producer()
g2 = producer()
print(next(g1), next(g2), next(g1), list(g2), list(g1))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(zip(countdown(3), countdown(5))), sorted(countdown(4)), max(countdown(7)))
