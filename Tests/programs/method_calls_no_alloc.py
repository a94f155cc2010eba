# Method calls that need no bound-method object: a loop of 1000 calls of
# each kind must not allocate per call (prints whether it did; CPython has
# no gc.mem_alloc, so it reports False for every kind, as we must).
import gc
import sys

try:
    mem_alloc = gc.mem_alloc
except AttributeError:
    mem_alloc = lambda: 0


class Base:
    def m(self, x):
        return x + 1

    @classmethod
    def cm(cls, x):
        return x + 2

    @staticmethod
    def sm(x):
        return x + 3


class Derived(Base):
    def m(self, x):
        return super().m(x) + 10

    def other(self, x):
        return x


def measure(label, fn, allowed=0):
    fn(10)  # warm up: caches, first-time allocations
    gc.collect()
    gc.disable()
    before = mem_alloc()
    r = fn(1000)
    after = mem_alloc()
    gc.enable()
    # Some words for the call of fn itself are allowed; 1000 calls of 16
    # bytes more than `allowed` per call (the super object) are not.
    print(label, r, "allocated per call:", after - before > 4000 + 1000 * allowed)


d = Derived()
b = Base()
lst = []


def user_method(n):
    t = 0
    for i in range(n):
        t += b.m(i)
    return t


def inherited_method(n):
    t = 0
    for i in range(n):
        t += d.other(i)
    return t


def super_method(n):
    t = 0
    for i in range(n):
        t += d.m(i)
    return t


def classmethod_on_instance(n):
    t = 0
    for i in range(n):
        t += b.cm(i)
    return t


def classmethod_on_class(n):
    t = 0
    for i in range(n):
        t += Base.cm(i)
    return t


def staticmethod_call(n):
    t = 0
    for i in range(n):
        t += b.sm(i) + Base.sm(i)
    return t


def builtin_method(n):
    s = "abc"
    t = 0
    for i in range(n):
        t += s.find("c")
        lst.clear()
    return t


measure("user", user_method)
measure("inherited", inherited_method)
# super() itself makes one object per call (as CPython): 16 bytes on a 32-bit
# board, 32 on a 64-bit host; its bound method must not be another.
measure("super", super_method, 16 if sys.maxsize < 2**32 else 32)
measure("classmethod/instance", classmethod_on_instance)
measure("classmethod/class", classmethod_on_class)
measure("staticmethod", staticmethod_call)
measure("builtin", builtin_method)
