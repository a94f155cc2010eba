# Emitter selection: decorators per function, the module default otherwise.
import micropython


@micropython.native
def fast(n):
    return n * 2


@micropython.viper
def typed(x: int) -> int:
    return x + 1


@micropython.bytecode
def small():
    pass


def default():
    yield 1
# RUN: %mpy-native --emit native --dump scopes %s | FileCheck --strict-whitespace --match-full-lines %s
