# The default repr of an instance names its class and its address, as
# CPython and MicroPython ("<C object at 0x...>"): stable, distinct per object.
class C: pass
c = C()
r = repr(c)
print(r.startswith("<"), "C object at 0x" in r, r.endswith(">"), r == str(c), r == object.__repr__(c), r == c.__repr__())
print(repr(c) == repr(c), repr(C()) != r)
