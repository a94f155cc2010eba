# micropython: opt_level, stack_use, schedule and friends (mem_info output varies, not printed)
import micropython

print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.alloc_emergency_exception_buf(100)
micropython.kbd_intr(-1)
print(micropython.const(5) + 1)

s = micropython.stack_use()
print(type(s).__name__, s > 0)


def deeper(n):
    return micropython.stack_use() if n == 0 else deeper(n - 1)


print(deeper(20) > s)
seen = []
micropython.schedule(seen.append, 42)
print(seen)


@micropython.native
def f(x):
    return x + 1


@micropython.viper
def g(x):
    return x * 2


print(f(1), g(3))
