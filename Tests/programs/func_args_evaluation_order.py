# Argument evaluation order, default binding, keyword ordering
log = []
def t(x):
    log.append(x)
    return x
def f(a, b, c=0, *args, d=0, **kw):
    return a, b, c, args, d, sorted(kw.items())
print(f(t(1), t(2), t(3), t(4), d=t(5), e=t(6)))
print(log)
log.clear()
print([t(1), t(2)] + [t(3)], log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
log.clear()
x = t(1) + t(2) * t(3)
print(x, log)
log.clear()
r = t([10, 20])[t(0)]
print(r, log)
def g(a, b=[]):
    b.append(a)
    return len(b)
print(g(1), g(2), g(3, []), g(4))
