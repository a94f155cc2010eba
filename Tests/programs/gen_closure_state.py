# Generators capturing closures and keeping independent state
def make_counter(step):
    def gen(start):
        n = start
        while True:
            yield n
            n += step
    return gen
by2 = make_counter(2)
by5 = make_counter(5)
a = by2(0)
b = by5(100)
c = by2(1)
print(next(a), next(a), next(b), next(c), next(a), next(b), next(c))
def tagged(tag):
    count = 0
    def label(items):
        nonlocal count
        for it in items:
            count += 1
            yield "%s%d:%s" % (tag, count, it)
    return label
lab = tagged("#")
print(list(lab("ab")), list(lab("c")))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])
