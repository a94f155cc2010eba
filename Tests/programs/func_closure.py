# Closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    x = "before"
    def get():
        return x
    x = "after"
    return get
print(outer()())
def compose(f, g):
    return lambda x: f(g(x))
print(compose(add5, add10)(0), compose(str, abs)(-3))
def deep(a):
    def l1(b):
        def l2(c):
            return a + b + c
        return l2
    return l1
print(deep(1)(2)(3))
