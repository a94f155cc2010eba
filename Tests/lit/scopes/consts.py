# const() exactly as MicroPython: module level only, folded, earlier consts
# usable, `_` names hidden from the globals dict, uses inlined everywhere.
from micropython import const

WIDTH = const(320)
_HEIGHT = const(240)
_PIXELS = const(WIDTH * _HEIGHT)
_MASK = const((1 << 70) - 1)
NAME = const("lcd" + "-" * 2)
_TABLE = const((1, 2.5, b"x", None))
not_const = const  # an ordinary name, not a const


def area():
    return _PIXELS + WIDTH


def shadow(WIDTH):
    return WIDTH  # the parameter, not the const


def inner_const():
    y = const(5)  # not module level: an ordinary call of the global const
    return y
# RUN: %mpy-native --dump scopes %s | FileCheck --strict-whitespace --match-full-lines %s
