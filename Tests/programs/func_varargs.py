# *args collection and forwarding
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)
print(fmt("-", 1, 2, 3), fmt(","), fmt("+", *[4, 5]))
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, x=3), both(), both(*[1], **{"k": "v"}))
def mid(a, *args, b=0):
    return a, args, b
print(mid(1, 2, 3), mid(1, b=5), mid(1, 2, b=3))
def outer(*a):
    def inner(*b):
        return a + b
    return inner
print(outer(1, 2)(3))
print(type(head_tail(1)[1]).__name__)
