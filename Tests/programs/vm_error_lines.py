# The line an error is reported on: the interpreter finds the failing
# instruction from the code's start on the error path, for errors in
# every kind of instruction (operands of one and two bytes, jumps, calls,
# a throw() into a suspended generator, a yield from).
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def run(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, lines(e))


def subscr(l):
    x = 1
    y = x + 2
    return l[
        y + 100
    ]


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 0
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 0
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = 0
    d0 = d1 = d2 = d3 = d4 = d5 = d6 = d7 = d8 = d9 = 0
    e0 = e1 = e2 = e3 = e4 = e5 = e6 = e7 = e8 = e9 = 0
    f0 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = f8 = f9 = 0
    g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = 0
    h0 = h1 = h2 = h3 = h4 = h5 = h6 = h7 = h8 = h9 = 0
    i0 = i1 = i2 = i3 = i4 = i5 = i6 = i7 = i8 = i9 = 0
    j0 = j1 = j2 = j3 = j4 = j5 = j6 = j7 = j8 = j9 = 0
    k0 = k1 = k2 = k3 = k4 = k5 = k6 = k7 = k8 = k9 = 0
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = 0
    m0 = m1 = m2 = m3 = m4 = m5 = m6 = m7 = m8 = m9 = 0
    n0 = 123456789
    n1 = n0 * 1000
    return n1 + m9 // k9


def truth():
    class Bad:
        def __bool__(self):
            raise ValueError

    b = Bad()
    if 1 < 2:
        pass
    while b:
        pass


def loop():
    for x in [1, 2, 3]:
        for y in range(3):
            pass
    for z in 5:
        pass


def call():
    def inner(a, b):
        return a.missing

    return inner(1,
                 2)


def big_const():
    k = 2**100
    return k + "s"


def unbound():
    if False:
        v = 1
    return v


run(subscr, [1])
run(many_locals)
run(truth)
run(loop)
run(call)
run(big_const)
run(unbound)


def gen():
    try:
        yield 1
    finally:
        pass
    yield 2


g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw", lines(e))

g2 = gen()
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("throw unstarted", lines(e)[0])


def outer():
    yield 0
    yield from gen()


g3 = outer()
next(g3)
next(g3)
try:
    g3.throw(ValueError("v"))
except ValueError as e:
    print("yield from", lines(e))


def catches():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                raise KeyError(i)
            n += [][i]
        except KeyError as e:
            n += lines(e)[0]
        except IndexError as e:
            n += 100 * lines(e)[0]
    return n


print(catches())
