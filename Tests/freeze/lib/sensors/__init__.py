# Package body (bytecode, opt=1: asserts are gone).
from .calib import OFFSETS, calibrate
from . import filters

assert False, "opt=1 removes asserts"
NAME = "sensors"
__all__ = ["calibrate", "filters", "fast"]


def describe():
    return "%s %d" % (NAME, len(OFFSETS))
