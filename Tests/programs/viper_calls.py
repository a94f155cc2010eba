# Calls between viper functions of one module are typed: machine arguments
# and results pass as raw words (guarded by identity: a rebound global
# takes the generic call, its result converted to the declared type).
import micropython

@micropython.viper
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@micropython.viper
def scale(x: int, k: uint) -> uint:
    return uint(x) * k

@micropython.viper
def is_odd(x: int) -> bool:
    return (x & 1) == 1

@micropython.viper
def name_of(x: int):
    return "odd" if is_odd(x) else "even"

@micropython.viper
def use(n: int) -> int:
    s = 0
    for i in range(n):
        if is_odd(i):
            s += int(scale(i, 3))
    return s

@micropython.viper
def takes_obj(x, y: int) -> int:
    return int(len(x)) + y

@micropython.viper
def caller2() -> int:
    return takes_obj([1, 2, 3], 4) + takes_obj("ab", 1)

print(fib(20), use(10), name_of(3), name_of(4), caller2(), scale(5, 2))
def fake(x, k):
    return 1000
old = scale
scale = fake
print(use(10))
scale = old
try:
    takes_obj(5, 1)
except TypeError:
    print("TypeError")


# Deep recursion through typed calls is a RecursionError (a RuntimeError),
# not a crash.
@micropython.viper
def down(n: int) -> int:
    if n == 0:
        return 0
    return down(n - 1) + 1


print(down(500))
try:
    down(10000000)
except RuntimeError as e:
    print(type(e).__name__)
