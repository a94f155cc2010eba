"""What CPython needs to run programs written for MicroPython: the
`micropython` module's compile-time helpers as plain functions.
Put this folder on PYTHONPATH when producing CPython's expected output."""


def const(value):
    return value


def native(f):
    return f


def viper(f):
    return f


def bytecode(f):
    return f


def opt_level(level=None):
    return 0 if level is None else None


# Viper's casts, as CPython sees them: builtins (viper code uses them
# without importing). A pointer over a bytearray is a memoryview of its
# elements (little-endian, as on every target); int and uint are plain ints.
import builtins as _builtins


def _ptr(code):
    def cast(buf):
        view = memoryview(buf)
        return view if code == "B" else view.cast("B").cast(code)
    return cast


_builtins.ptr8 = _ptr("B")
_builtins.ptr16 = _ptr("H")
_builtins.ptr32 = _ptr("I")
_builtins.uint = int
