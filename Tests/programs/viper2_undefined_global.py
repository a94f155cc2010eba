# A global that no one defines, used in viper code: the compiler warns, and
# the load raises NameError when it runs (as in MicroPython), which the
# program catches; a global bound later at run time is found then.
import micropython


@micropython.viper
def f(n: int) -> int:
    return n + int(lenght(n))


@micropython.viper
def g(x: int) -> int:
    return int(later) + x


@micropython.viper
def h(flag: int) -> int:
    if flag:
        return int(missing_name)
    return 7


for fn, arg in ((f, 3), (g, 1), (h, 0), (h, 1)):
    try:
        print(fn(arg))
    except NameError as e:
        print("NameError", e)
later = 41
print(g(1))
globals()["lenght"] = lambda n: n * 10
print(f(3))
