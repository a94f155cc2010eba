# Implicit chaining (__context__) where the protected body never completes
# normally: the handler's code is known exactly from the exception table.
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass

def ctx(e):
    c = e.__context__
    return type(c).__name__ if c is not None else None

# Nested try whose bodies always raise.
try:
    try:
        raise A
    except A:
        raise B
except B as e:
    print("B context:", ctx(e))

def nested():
    try:
        try:
            raise A("a")
        except A:
            raise B("b")
    except B:
        raise C("c")
try:
    nested()
except C as e:
    print("C context:", ctx(e), "then", ctx(e.__context__))

# A with body that always raises; __exit__ raising chains to it.
class Failing:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit")
try:
    with Failing():
        raise ValueError("body")
except KeyError as e:
    print("KeyError context:", ctx(e))

# A finally body that raises while the body's exception is pending.
def fin():
    try:
        raise A
    finally:
        raise B
try:
    fin()
except B as e:
    print("finally context:", ctx(e))

# After the handler has finished, a new exception does not chain.
def after():
    try:
        raise A
    except A:
        pass
    raise B
try:
    after()
except B as e:
    print("after handler:", ctx(e))

# Leaving the handler by break / return ends the handling too.
def loop():
    for i in range(2):
        try:
            raise A
        except A:
            if i == 0:
                continue
            break
    raise C
try:
    loop()
except C as e:
    print("after loop:", ctx(e))

# The exception raised in a handler called from it chains through calls.
def raiser():
    raise C
try:
    try:
        raise A
    except A:
        raiser()
except C as e:
    print("through call:", ctx(e))

# A handler with no match re-raises; what it raises later is unchained.
try:
    try:
        raise A
    except B:
        print("not reached")
except A as e:
    print("unmatched:", ctx(e))

# Handler inside a handler: the inner exception chains to the innermost.
try:
    try:
        raise A
    except A:
        try:
            raise B
        except B:
            raise C
except C as e:
    print("innermost:", ctx(e), "then", ctx(e.__context__))
