# Functions as values: passing, returning, storing, attributes
def apply(f, *args):
    return f(*args)
def double(x):
    return 2 * x
print(apply(double, 21), apply(max, 3, 9, 4), apply(len, "abcd"))
table = [double, abs, str, lambda v: -v]
print([f(-5) for f in table])
def twice(f):
    return lambda x: f(f(x))
print(twice(double)(3), twice(twice(double))(1))
print(double.__name__, callable(double), callable(5))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("inc")
def inc(x):
    return x + 1
@register("neg")
def neg(x):
    return -x
print(sorted(registry), registry["inc"](1), registry["neg"](1), inc(10))
def pipeline(value, *funcs):
    for fn in funcs:
        value = fn(value)
    return value
print(pipeline(3, double, inc, str))
g = double
del double
print(g(4))
