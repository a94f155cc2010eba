# Calls between native functions of one module go straight to the callee's
# machine code, guarded by the callee's identity: rebinding the name to
# another function, a bytecode function, a builtin or a class must still
# call what the name holds now; deep recursion still ends in RecursionError.
import micropython

@micropython.native
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@micropython.native
def helper(x):
    return x + 1

@micropython.native
def caller(x):
    return helper(x) * 10

print(fib(20), caller(1))

def bytecode_helper(x):
    return x - 1

saved = helper
helper = bytecode_helper
print(caller(1))
helper = abs
print(caller(-5))
class Box:
    def __init__(self, v):
        self.v = v
    def __mul__(self, k):
        return "Box" + str(self.v) * k
helper = Box
print(caller(7))
helper = saved
print(caller(1))

@micropython.native
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError:
    print("RecursionError")

@micropython.native
def raises(x):
    if x > 2:
        raise ValueError("too big")
    return raises(x + 1)

try:
    raises(0)
except ValueError as e:
    print("ValueError", e.args)
print(fib(15))
